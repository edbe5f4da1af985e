"""DeletedThreadResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DeletedThreadResource"]


class DeletedThreadResource(OagenModel):
    """Confirmation payload returned after deleting a thread."""

    id: str
    """Identifier of the deleted thread."""

    object: Literal["chatkit.thread.deleted"]
    """Type discriminator that is always `chatkit.thread.deleted`.

    Server default: ``"chatkit.thread.deleted"``."""

    deleted: bool
    """Indicates that the thread has been deleted."""
