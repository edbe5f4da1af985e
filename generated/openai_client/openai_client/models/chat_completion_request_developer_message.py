"""ChatCompletionRequestDeveloperMessage."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,
)

__all__ = ["ChatCompletionRequestDeveloperMessage"]


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
