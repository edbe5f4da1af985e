"""CreateSpeechResponseStreamEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .speech_audio_delta_event import SpeechAudioDeltaEvent
from .speech_audio_done_event import SpeechAudioDoneEvent

__all__ = ["CreateSpeechResponseStreamEvent"]

CreateSpeechResponseStreamEvent: TypeAlias = Annotated[
    Union[
        Annotated[SpeechAudioDeltaEvent, Tag("SpeechAudioDeltaEvent")],
        Annotated[SpeechAudioDoneEvent, Tag("SpeechAudioDoneEvent")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "speech.audio.delta": "SpeechAudioDeltaEvent",
            "speech.audio.done": "SpeechAudioDoneEvent",
        },
    ),
]
