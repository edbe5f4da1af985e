"""RealtimeClientEventSessionUpdateSession."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
from .realtime_transcription_session_create_request_ga import (
    RealtimeTranscriptionSessionCreateRequestGA,
)

__all__ = ["RealtimeClientEventSessionUpdateSession"]

RealtimeClientEventSessionUpdateSession: TypeAlias = Annotated[
    Union[
        Annotated[RealtimeSessionCreateRequestGA, Tag("RealtimeSessionCreateRequestGA")],
        Annotated[
            RealtimeTranscriptionSessionCreateRequestGA,
            Tag("RealtimeTranscriptionSessionCreateRequestGA"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "realtime": "RealtimeSessionCreateRequestGA",
            "transcription": "RealtimeTranscriptionSessionCreateRequestGA",
        },
    ),
]
"""Update the Realtime session. Choose either a realtime
session or a transcription session."""
