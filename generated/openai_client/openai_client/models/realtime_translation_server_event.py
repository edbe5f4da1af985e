"""RealtimeTranslationServerEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .realtime_server_event_error import RealtimeServerEventError
from .realtime_translation_server_event_session_closed import (
    RealtimeTranslationServerEventSessionClosed,
)
from .realtime_translation_server_event_session_created import (
    RealtimeTranslationServerEventSessionCreated,
)
from .realtime_translation_server_event_session_input_transcript_delta import (
    RealtimeTranslationServerEventSessionInputTranscriptDelta,
)
from .realtime_translation_server_event_session_output_audio_delta import (
    RealtimeTranslationServerEventSessionOutputAudioDelta,
)
from .realtime_translation_server_event_session_output_transcript_delta import (
    RealtimeTranslationServerEventSessionOutputTranscriptDelta,
)
from .realtime_translation_server_event_session_updated import (
    RealtimeTranslationServerEventSessionUpdated,
)

__all__ = ["RealtimeTranslationServerEvent"]

RealtimeTranslationServerEvent: TypeAlias = Annotated[
    Union[
        Annotated[RealtimeServerEventError, Tag("RealtimeServerEventError")],
        Annotated[
            RealtimeTranslationServerEventSessionCreated,
            Tag("RealtimeTranslationServerEventSessionCreated"),
        ],
        Annotated[
            RealtimeTranslationServerEventSessionUpdated,
            Tag("RealtimeTranslationServerEventSessionUpdated"),
        ],
        Annotated[
            RealtimeTranslationServerEventSessionClosed,
            Tag("RealtimeTranslationServerEventSessionClosed"),
        ],
        Annotated[
            RealtimeTranslationServerEventSessionInputTranscriptDelta,
            Tag("RealtimeTranslationServerEventSessionInputTranscriptDelta"),
        ],
        Annotated[
            RealtimeTranslationServerEventSessionOutputTranscriptDelta,
            Tag("RealtimeTranslationServerEventSessionOutputTranscriptDelta"),
        ],
        Annotated[
            RealtimeTranslationServerEventSessionOutputAudioDelta,
            Tag("RealtimeTranslationServerEventSessionOutputAudioDelta"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "error": "RealtimeServerEventError",
            "session.created": "RealtimeTranslationServerEventSessionCreated",
            "session.updated": "RealtimeTranslationServerEventSessionUpdated",
            "session.closed": "RealtimeTranslationServerEventSessionClosed",
            "session.input_transcript.delta": "RealtimeTranslationServerEventSessionInputTranscriptDelta",
            "session.output_transcript.delta": "RealtimeTranslationServerEventSessionOutputTranscriptDelta",
            "session.output_audio.delta": "RealtimeTranslationServerEventSessionOutputAudioDelta",
        },
    ),
]
"""A Realtime translation server event."""
