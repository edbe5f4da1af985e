"""ThreadResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .thread_resource_status import ThreadResourceStatus

__all__ = ["ThreadResource"]


class ThreadResource(OagenModel):
    """Represents a ChatKit thread and its current status."""

    id: str
    """Identifier of the thread."""

    object: Literal["chatkit.thread"]
    """Type discriminator that is always `chatkit.thread`.

    Server default: ``"chatkit.thread"``."""

    created_at: int
    """Unix timestamp (in seconds) for when the thread was created."""

    title: str | None

    status: ThreadResourceStatus
    """Current status for the thread. Defaults to `active` for newly created threads."""

    user: str
    """Free-form string that identifies your end user who owns the thread."""
