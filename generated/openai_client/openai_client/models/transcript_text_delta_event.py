"""TranscriptTextDeltaEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .transcript_text_delta_event_logprobs_item import TranscriptTextDeltaEventLogprobsItem

__all__ = ["TranscriptTextDeltaEvent"]


class TranscriptTextDeltaEvent(OagenModel):
    """Emitted when there is an additional text delta. This is also the first event emitted when the transcription starts. Only emitted when you [create a transcription](/docs/api-reference/audio/create-transcription) with the `Stream` parameter set to `true`."""

    type: Literal["transcript.text.delta"]
    """The type of the event. Always `transcript.text.delta`."""

    delta: str
    """The text delta that was additionally transcribed."""

    logprobs: list[TranscriptTextDeltaEventLogprobsItem] | None = None
    """The log probabilities of the delta. Only included if you [create a transcription](/docs/api-reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`."""

    segment_id: str | None = None
    """Identifier of the diarized segment that this delta belongs to. Only present when using `gpt-4o-transcribe-diarize`."""
