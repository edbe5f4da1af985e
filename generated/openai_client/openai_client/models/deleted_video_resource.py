"""DeletedVideoResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DeletedVideoResource"]


class DeletedVideoResource(OagenModel):
    """Confirmation payload returned after deleting a video."""

    object: Literal["video.deleted"]
    """The object type that signals the deletion response.

    Server default: ``"video.deleted"``."""

    deleted: bool
    """Indicates that the video resource was deleted."""

    id: str
    """Identifier of the deleted video."""
