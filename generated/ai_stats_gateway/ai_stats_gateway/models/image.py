"""Image."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["Image"]


class Image(OagenModel):
    """Image"""

    url: str | None = None

    b64_json: str | None = None

    revised_prompt: str | None = None
