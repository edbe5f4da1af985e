"""TaskGroupTask."""

from __future__ import annotations

from .._models import OagenModel
from .task_type import TaskType

__all__ = ["TaskGroupTask"]


class TaskGroupTask(OagenModel):
    """Task entry that appears within a TaskGroup."""

    type: TaskType | str
    """Subtype for the grouped task."""

    heading: str | None

    summary: str | None
