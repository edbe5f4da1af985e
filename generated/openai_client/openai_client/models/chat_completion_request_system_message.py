"""ChatCompletionRequestSystemMessage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_request_system_message_content_part import (
    ChatCompletionRequestSystemMessageContentPart,
    ChatCompletionRequestSystemMessageContentPartParam,
)

__all__ = ["ChatCompletionRequestSystemMessage", "ChatCompletionRequestSystemMessageParam"]


class ChatCompletionRequestSystemMessage(OagenModel):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, use `developer` messages
    for this purpose instead."""

    content: list[ChatCompletionRequestSystemMessageContentPart] | str
    """The contents of the system message."""

    role: Literal["system"]
    """The role of the messages author, in this case `system`."""

    name: str | None = None
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""


class ChatCompletionRequestSystemMessageParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestSystemMessage`: a dict a type checker can check."""

    content: Required[str | Sequence[ChatCompletionRequestSystemMessageContentPartParam]]
    """The contents of the system message."""

    role: Required[Literal["system"]]
    """The role of the messages author, in this case `system`."""

    name: str
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
