"""RealtimeResponseStatusDetails."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_response_status_details_error import RealtimeResponseStatusDetailsError

__all__ = ["RealtimeResponseStatusDetails"]


class RealtimeResponseStatusDetails(OagenModel):
    """Additional details about the status."""

    type: Literal["completed", "cancelled", "failed", "incomplete"] | str | None = None
    """The type of error that caused the response to fail, corresponding
    with the `status` field (`completed`, `cancelled`, `incomplete`,
    `failed`)."""

    reason: (
        Literal["turn_detected", "client_cancelled", "max_output_tokens", "content_filter"]
        | str
        | None
    ) = None
    """The reason the Response did not complete. For a `cancelled` Response,  one of `turn_detected` (the server VAD detected a new start of speech)  or `client_cancelled` (the client sent a cancel event). For an  `incomplete` Response, one of `max_output_tokens` or `content_filter`  (the server-side safety filter activated and cut off the response)."""

    error: RealtimeResponseStatusDetailsError | None = None
    """A description of the error that caused the response to fail,
    populated when the `status` is `failed`."""
