"""OutputMessage."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_phase import MessagePhase
from .output_message_content import OutputMessageContent

__all__ = ["OutputMessage"]


class OutputMessage(OagenModel):
    """An output message from the model."""

    id: str
    """The unique ID of the output message."""

    type: Literal["message"]
    """The type of the output message. Always `message`."""

    role: Literal["assistant"]
    """The role of the output message. Always `assistant`."""

    content: list[OutputMessageContent]
    """The content of the output message."""

    phase: MessagePhase | str | None = None

    status: Literal["in_progress", "completed", "incomplete"] | str
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API."""
