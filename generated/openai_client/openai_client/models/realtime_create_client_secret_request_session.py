"""RealtimeCreateClientSecretRequestSession."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .realtime_session_create_request_ga import (
    RealtimeSessionCreateRequestGA,
    RealtimeSessionCreateRequestGAParam,
)
from .realtime_transcription_session_create_request_ga import (
    RealtimeTranscriptionSessionCreateRequestGA,
    RealtimeTranscriptionSessionCreateRequestGAParam,
)

__all__ = [
    "RealtimeCreateClientSecretRequestSession",
    "RealtimeCreateClientSecretRequestSessionParam",
]

RealtimeCreateClientSecretRequestSession: TypeAlias = Annotated[
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
"""Session configuration to use for the client secret. Choose either a realtime
session or a transcription session."""


RealtimeCreateClientSecretRequestSessionParam: TypeAlias = (
    RealtimeSessionCreateRequestGAParam
    | RealtimeSessionCreateRequestGA
    | RealtimeTranscriptionSessionCreateRequestGAParam
    | RealtimeTranscriptionSessionCreateRequestGA
)
"""Request form of :class:`RealtimeCreateClientSecretRequestSession`: a dict a type checker can check."""
