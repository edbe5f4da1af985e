"""OutputMessage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .message_phase import MessagePhase
from .output_message_content import OutputMessageContent, OutputMessageContentParam

__all__ = ["OutputMessage", "OutputMessageParam"]


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


class OutputMessageParam(TypedDict, total=False):
    """Request form of :class:`OutputMessage`: a dict a type checker can check."""

    id: Required[str]
    """The unique ID of the output message."""

    type: Required[Literal["message"]]
    """The type of the output message. Always `message`."""

    role: Required[Literal["assistant"]]
    """The role of the output message. Always `assistant`."""

    content: Required[Sequence[OutputMessageContentParam]]
    """The content of the output message."""

    phase: MessagePhase | None

    status: Required[Literal["in_progress", "completed", "incomplete"]]
    """The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API."""
