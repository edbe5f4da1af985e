"""CreateTranscriptionResponseJson."""

from __future__ import annotations

from .._models import OagenModel
from .create_transcription_response_json_logprobs_item import (
    CreateTranscriptionResponseJsonLogprobsItem,
)
from .create_transcription_response_json_usage import CreateTranscriptionResponseJsonUsage

__all__ = ["CreateTranscriptionResponseJson"]


class CreateTranscriptionResponseJson(OagenModel):
    """Represents a transcription response returned by model, based on the provided input."""

    text: str
    """The transcribed text."""

    logprobs: list[CreateTranscriptionResponseJsonLogprobsItem] | None = None
    """The log probabilities of the tokens in the transcription. Only returned with the models `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` if `logprobs` is added to the `include` array."""

    usage: CreateTranscriptionResponseJsonUsage | None = None
    """Token usage statistics for the request."""
