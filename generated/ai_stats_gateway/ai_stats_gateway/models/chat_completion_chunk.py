"""ChatCompletionChunk."""

from __future__ import annotations

from .._models import OagenModel
from .chat_chunk_choice import ChatChunkChoice
from .usage import Usage

__all__ = ["ChatCompletionChunk"]


class ChatCompletionChunk(OagenModel):
    """One server-sent event of a streamed chat completion."""

    id: str | None = None

    object: str | None = None
    """Always `chat.completion.chunk`."""

    created: int | None = None

    model: str | None = None

    choices: list[ChatChunkChoice] | None = None

    usage: Usage | None = None
