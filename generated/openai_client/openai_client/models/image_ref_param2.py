"""ImageRefParam2."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ImageRefParam2"]


class ImageRefParam2(OagenModel):
    """ImageRefParam2"""

    image_url: str | None = None
    """A fully qualified URL or base64-encoded data URL."""

    file_id: str | None = None
