"""RealtimeTranslationClientEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .realtime_translation_client_event_input_audio_buffer_append import (
    RealtimeTranslationClientEventInputAudioBufferAppend,
)
from .realtime_translation_client_event_session_close import (
    RealtimeTranslationClientEventSessionClose,
)
from .realtime_translation_client_event_session_update import (
    RealtimeTranslationClientEventSessionUpdate,
)

__all__ = ["RealtimeTranslationClientEvent"]

RealtimeTranslationClientEvent: TypeAlias = Annotated[
    Union[
        Annotated[
            RealtimeTranslationClientEventSessionUpdate,
            Tag("RealtimeTranslationClientEventSessionUpdate"),
        ],
        Annotated[
            RealtimeTranslationClientEventInputAudioBufferAppend,
            Tag("RealtimeTranslationClientEventInputAudioBufferAppend"),
        ],
        Annotated[
            RealtimeTranslationClientEventSessionClose,
            Tag("RealtimeTranslationClientEventSessionClose"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "session.update": "RealtimeTranslationClientEventSessionUpdate",
            "session.input_audio_buffer.append": "RealtimeTranslationClientEventInputAudioBufferAppend",
            "session.close": "RealtimeTranslationClientEventSessionClose",
        },
    ),
]
"""A Realtime translation client event."""
