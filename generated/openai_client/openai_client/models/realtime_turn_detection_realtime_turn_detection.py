"""RealtimeTurnDetectionRealtimeTurnDetection."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .realtime_turn_detection_realtime_turn_detection_semantic_vad import (
    RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad,
    RealtimeTurnDetectionRealtimeTurnDetectionSemanticVadParam,
)
from .realtime_turn_detection_realtime_turn_detection_server_vad import (
    RealtimeTurnDetectionRealtimeTurnDetectionServerVad,
    RealtimeTurnDetectionRealtimeTurnDetectionServerVadParam,
)

__all__ = [
    "RealtimeTurnDetectionRealtimeTurnDetection",
    "RealtimeTurnDetectionRealtimeTurnDetectionParam",
]

RealtimeTurnDetectionRealtimeTurnDetection: TypeAlias = Annotated[
    Union[
        Annotated[
            RealtimeTurnDetectionRealtimeTurnDetectionServerVad,
            Tag("RealtimeTurnDetectionRealtimeTurnDetectionServerVad"),
        ],
        Annotated[
            RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad,
            Tag("RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "server_vad": "RealtimeTurnDetectionRealtimeTurnDetectionServerVad",
            "semantic_vad": "RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad",
        },
    ),
]
"""Configuration for turn detection, ether Server VAD or Semantic VAD. This can be set to `null` to turn off, in which case the client must manually trigger model response.

Server VAD means that the model will detect the start and end of speech based on audio volume and respond at the end of user speech.

Semantic VAD is more advanced and uses a turn detection model (in conjunction with VAD) to semantically estimate whether the user has finished speaking, then dynamically sets a timeout based on this probability. For example, if user audio trails off with "uhhm", the model will score a low probability of turn end and wait longer for the user to continue speaking. This can be useful for more natural conversations, but may have a higher latency.

For `gpt-realtime-whisper` transcription sessions, turn detection must be
set to `null`; VAD is not supported."""


RealtimeTurnDetectionRealtimeTurnDetectionParam: TypeAlias = (
    RealtimeTurnDetectionRealtimeTurnDetectionServerVadParam
    | RealtimeTurnDetectionRealtimeTurnDetectionServerVad
    | RealtimeTurnDetectionRealtimeTurnDetectionSemanticVadParam
    | RealtimeTurnDetectionRealtimeTurnDetectionSemanticVad
)
"""Request form of :class:`RealtimeTurnDetectionRealtimeTurnDetection`: a dict a type checker can check."""
