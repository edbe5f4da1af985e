"""TranscriptTextDoneEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .transcript_text_done_event_logprobs_item import TranscriptTextDoneEventLogprobsItem
from .transcript_text_usage_tokens import TranscriptTextUsageTokens

__all__ = ["TranscriptTextDoneEvent"]


class TranscriptTextDoneEvent(OagenModel):
    """Emitted when the transcription is complete. Contains the complete transcription text. Only emitted when you [create a transcription](/docs/api-reference/audio/create-transcription) with the `Stream` parameter set to `true`."""

    type: Literal["transcript.text.done"]
    """The type of the event. Always `transcript.text.done`."""

    text: str
    """The text that was transcribed."""

    logprobs: list[TranscriptTextDoneEventLogprobsItem] | None = None
    """The log probabilities of the individual tokens in the transcription. Only included if you [create a transcription](/docs/api-reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`."""

    usage: TranscriptTextUsageTokens | None = None
