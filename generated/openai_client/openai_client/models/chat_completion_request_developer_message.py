"""ChatCompletionRequestDeveloperMessage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
    ChatCompletionRequestMessageContentPartTextParam,
)

__all__ = ["ChatCompletionRequestDeveloperMessage", "ChatCompletionRequestDeveloperMessageParam"]


class ChatCompletionRequestDeveloperMessage(OagenModel):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, `developer` messages
    replace the previous `system` messages."""

    content: list[ChatCompletionRequestMessageContentPartText] | str
    """The contents of the developer message."""

    role: Literal["developer"]
    """The role of the messages author, in this case `developer`."""

    name: str | None = None
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""


class ChatCompletionRequestDeveloperMessageParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionRequestDeveloperMessage`: a dict a type checker can check."""

    content: Required[
        str
        | Sequence[
            ChatCompletionRequestMessageContentPartTextParam
            | ChatCompletionRequestMessageContentPartText
        ]
    ]
    """The contents of the developer message."""

    role: Required[Literal["developer"]]
    """The role of the messages author, in this case `developer`."""

    name: str
    """An optional name for the participant. Provides the model information to differentiate between participants of the same role."""
