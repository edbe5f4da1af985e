"""TaskItem."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .task_type import TaskType

__all__ = ["TaskItem"]


class TaskItem(OagenModel):
    """Task emitted by the workflow to show progress and status updates."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`.

    Server default: ``"chatkit.thread_item"``."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.task"]
    """Type discriminator that is always `chatkit.task`.

    Server default: ``"chatkit.task"``."""

    task_type: TaskType | str
    """Subtype for the task."""

    heading: str | None

    summary: str | None
