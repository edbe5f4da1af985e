"""CreateChatCompletionStreamResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .completion_usage import CompletionUsage
from .create_chat_completion_stream_response_choices_item import (
    CreateChatCompletionStreamResponseChoicesItem,
)
from .service_tier import ServiceTier

__all__ = ["CreateChatCompletionStreamResponse"]


class CreateChatCompletionStreamResponse(OagenModel):
    """Represents a streamed chunk of a chat completion response returned
    by the model, based on the provided input.
    [Learn more](/docs/guides/streaming-responses)."""

    id: str
    """A unique identifier for the chat completion. Each chunk has the same ID."""

    choices: list[CreateChatCompletionStreamResponseChoicesItem]
    """A list of chat completion choices. Can contain more than one elements if `n` is greater than 1. Can also be empty for the
    last chunk if you set `stream_options: {"include_usage": true}`."""

    created: int
    """The Unix timestamp (in seconds) of when the chat completion was created. Each chunk has the same timestamp."""

    model: str
    """The model to generate the completion."""

    service_tier: ServiceTier | None = None

    system_fingerprint: str | None = None
    """This fingerprint represents the backend configuration that the model runs with.
    Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made that might impact determinism.

    Deprecated."""

    object: Literal["chat.completion.chunk"]
    """The object type, which is always `chat.completion.chunk`."""

    usage: CompletionUsage | None = None
    """An optional field that will only be present when you set
    `stream_options: {"include_usage": true}` in your request. When present, it
    contains a null value **except for the last chunk** which contains the
    token usage statistics for the entire request.

    **NOTE:** If the stream is interrupted or cancelled, you may not
    receive the final usage chunk which contains the total token usage for
    the request."""
