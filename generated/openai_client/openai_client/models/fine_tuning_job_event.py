"""FineTuningJobEvent."""

from __future__ import annotations

from typing import Any, Literal

from .._models import OagenModel

__all__ = ["FineTuningJobEvent"]


class FineTuningJobEvent(OagenModel):
    """Fine-tuning job event object"""

    object: Literal["fine_tuning.job.event"]
    """The object type, which is always "fine_tuning.job.event"."""

    id: str
    """The object identifier."""

    created_at: int
    """The Unix timestamp (in seconds) for when the fine-tuning job was created."""

    level: Literal["info", "warn", "error"] | str
    """The log level of the event."""

    message: str
    """The message of the event."""

    type: Literal["message", "metrics"] | str | None = None
    """The type of event."""

    data: dict[str, Any] | None = None
    """The data associated with the event."""
