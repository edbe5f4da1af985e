"""CreateTranscriptionResponseStreamEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .transcript_text_delta_event import TranscriptTextDeltaEvent
from .transcript_text_done_event import TranscriptTextDoneEvent
from .transcript_text_segment_event import TranscriptTextSegmentEvent

__all__ = ["CreateTranscriptionResponseStreamEvent"]

CreateTranscriptionResponseStreamEvent: TypeAlias = Annotated[
    Union[
        Annotated[TranscriptTextSegmentEvent, Tag("TranscriptTextSegmentEvent")],
        Annotated[TranscriptTextDeltaEvent, Tag("TranscriptTextDeltaEvent")],
        Annotated[TranscriptTextDoneEvent, Tag("TranscriptTextDoneEvent")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "transcript.text.segment": "TranscriptTextSegmentEvent",
            "transcript.text.delta": "TranscriptTextDeltaEvent",
            "transcript.text.done": "TranscriptTextDoneEvent",
        },
    ),
]
