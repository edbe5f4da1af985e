"""RealtimeSessionCreateRequestGAAudio."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .realtime_session_create_request_ga_audio_input import (
    RealtimeSessionCreateRequestGAAudioInput,
    RealtimeSessionCreateRequestGAAudioInputParam,
)
from .realtime_session_create_request_ga_audio_output import (
    RealtimeSessionCreateRequestGAAudioOutput,
    RealtimeSessionCreateRequestGAAudioOutputParam,
)

__all__ = ["RealtimeSessionCreateRequestGAAudio", "RealtimeSessionCreateRequestGAAudioParam"]


class RealtimeSessionCreateRequestGAAudio(OagenModel):
    """Configuration for input and output audio."""

    input: RealtimeSessionCreateRequestGAAudioInput | None = None

    output: RealtimeSessionCreateRequestGAAudioOutput | None = None


class RealtimeSessionCreateRequestGAAudioParam(TypedDict, total=False):
    """Request form of :class:`RealtimeSessionCreateRequestGAAudio`: a dict a type checker can check."""

    input: RealtimeSessionCreateRequestGAAudioInputParam | RealtimeSessionCreateRequestGAAudioInput

    output: (
        RealtimeSessionCreateRequestGAAudioOutputParam | RealtimeSessionCreateRequestGAAudioOutput
    )
