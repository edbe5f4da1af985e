"""RealtimeBetaServerEventResponseCreated."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_beta_response import RealtimeBetaResponse

__all__ = ["RealtimeBetaServerEventResponseCreated"]


class RealtimeBetaServerEventResponseCreated(OagenModel):
    """Returned when a new Response is created. The first event of response creation,
    where the response is in an initial state of `in_progress`."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["response.created"]
    """The event type, must be `response.created`."""

    response: RealtimeBetaResponse
