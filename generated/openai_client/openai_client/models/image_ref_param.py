"""ImageRefParam."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ImageRefParam"]


class ImageRefParam(OagenModel):
    """Reference an input image by either URL or uploaded file ID.
    Provide exactly one of `image_url` or `file_id`."""

    image_url: str | None = None
    """A fully qualified URL or base64-encoded data URL."""

    file_id: str | None = None
    """The File API ID of an uploaded image to use as input."""
