"""RealtimeServerEventSessionUpdatedSession."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .realtime_session_create_response_ga import RealtimeSessionCreateResponseGA
from .realtime_transcription_session_create_response_ga import (
    RealtimeTranscriptionSessionCreateResponseGA,
)

__all__ = ["RealtimeServerEventSessionUpdatedSession"]

RealtimeServerEventSessionUpdatedSession: TypeAlias = Annotated[
    Union[
        Annotated[RealtimeSessionCreateResponseGA, Tag("RealtimeSessionCreateResponseGA")],
        Annotated[
            RealtimeTranscriptionSessionCreateResponseGA,
            Tag("RealtimeTranscriptionSessionCreateResponseGA"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "realtime": "RealtimeSessionCreateResponseGA",
            "transcription": "RealtimeTranscriptionSessionCreateResponseGA",
        },
    ),
]
"""The session configuration."""
