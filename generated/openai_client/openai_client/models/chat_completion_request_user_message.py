"""ChatCompletionRequestUserMessage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_request_user_message_content_part import (
    ChatCompletionRequestUserMessageContentPart,
    ChatCompletionRequestUserMessageContentPartParam,
)

__all__ = ["ChatCompletionRequestUserMessage", "ChatCompletionRequestUserMessageParam"]


class ChatCompletionRequestUserMessage(OagenModel):
    """Messages sent by an end user, containing prompts or additional context
    information."""

    content: list[ChatCompletionRequestUserMessageContentPart] | str
    """The contents of the user message."""

    role: Literal["user"]
    """The role of the messages author, in this case `user`."""

    name: str | None = None
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""


class ChatCompletionRequestUserMessageParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestUserMessage`: a dict a type checker can check."""

    content: Required[str | Sequence[ChatCompletionRequestUserMessageContentPartParam]]
    """The contents of the user message."""

    role: Required[Literal["user"]]
    """The role of the messages author, in this case `user`."""

    name: str
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
