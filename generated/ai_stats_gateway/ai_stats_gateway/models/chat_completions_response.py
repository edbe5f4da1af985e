"""ChatCompletionsResponse."""

from __future__ import annotations

from .._models import OagenModel
from .chat_choice import ChatChoice
from .usage import Usage

__all__ = ["ChatCompletionsResponse"]


class ChatCompletionsResponse(OagenModel):
    """ChatCompletionsResponse"""

    id: str | None = None

    object: str | None = None

    created: int | None = None

    model: str | None = None

    choices: list[ChatChoice] | None = None

    usage: Usage | None = None
