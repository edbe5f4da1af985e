"""ImageRefParam2."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["ImageRefParam2", "ImageRefParam2Param"]


class ImageRefParam2(OagenModel):
    """ImageRefParam2"""

    image_url: str | None = None
    """A fully qualified URL or base64-encoded data URL."""

    file_id: str | None = None


class ImageRefParam2Param(TypedDict, total=False):
    """Request form of :class:`ImageRefParam2`: a dict a type checker can check."""

    image_url: str
    """A fully qualified URL or base64-encoded data URL."""

    file_id: str
