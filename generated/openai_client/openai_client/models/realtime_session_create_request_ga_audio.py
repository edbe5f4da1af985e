"""RealtimeSessionCreateRequestGAAudio."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_session_create_request_ga_audio_input import RealtimeSessionCreateRequestGAAudioInput
from .realtime_session_create_request_ga_audio_output import (
    RealtimeSessionCreateRequestGAAudioOutput,
)

__all__ = ["RealtimeSessionCreateRequestGAAudio"]


class RealtimeSessionCreateRequestGAAudio(OagenModel):
    """Configuration for input and output audio."""

    input: RealtimeSessionCreateRequestGAAudioInput | None = None

    output: RealtimeSessionCreateRequestGAAudioOutput | None = None
