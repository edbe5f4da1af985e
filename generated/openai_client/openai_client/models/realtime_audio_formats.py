"""RealtimeAudioFormats."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .realtime_audio_formats_audio_pcm import (
    RealtimeAudioFormatsAudioPcm,
    RealtimeAudioFormatsAudioPcmParam,
)
from .realtime_audio_formats_audio_pcma import (
    RealtimeAudioFormatsAudioPcma,
    RealtimeAudioFormatsAudioPcmaParam,
)
from .realtime_audio_formats_audio_pcmu import (
    RealtimeAudioFormatsAudioPcmu,
    RealtimeAudioFormatsAudioPcmuParam,
)

__all__ = ["RealtimeAudioFormats", "RealtimeAudioFormatsParam"]

RealtimeAudioFormats: TypeAlias = Annotated[
    Union[
        Annotated[RealtimeAudioFormatsAudioPcm, Tag("RealtimeAudioFormatsAudioPcm")],
        Annotated[RealtimeAudioFormatsAudioPcmu, Tag("RealtimeAudioFormatsAudioPcmu")],
        Annotated[RealtimeAudioFormatsAudioPcma, Tag("RealtimeAudioFormatsAudioPcma")],
        Annotated[
            RealtimeAudioFormatsAudioPcm
            | RealtimeAudioFormatsAudioPcmu
            | RealtimeAudioFormatsAudioPcma,
            Tag(
                "RealtimeAudioFormatsAudioPcm | RealtimeAudioFormatsAudioPcmu | RealtimeAudioFormatsAudioPcma"
            ),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "audio/pcm": "RealtimeAudioFormatsAudioPcm",
            "audio/pcmu": "RealtimeAudioFormatsAudioPcmu",
            "audio/pcma": "RealtimeAudioFormatsAudioPcma",
        },
        default="RealtimeAudioFormatsAudioPcm | RealtimeAudioFormatsAudioPcmu | RealtimeAudioFormatsAudioPcma",
    ),
]


RealtimeAudioFormatsParam: TypeAlias = (
    RealtimeAudioFormatsAudioPcmParam
    | RealtimeAudioFormatsAudioPcm
    | RealtimeAudioFormatsAudioPcmuParam
    | RealtimeAudioFormatsAudioPcmu
    | RealtimeAudioFormatsAudioPcmaParam
    | RealtimeAudioFormatsAudioPcma
)
"""Request form of :class:`RealtimeAudioFormats`: a dict a type checker can check."""
