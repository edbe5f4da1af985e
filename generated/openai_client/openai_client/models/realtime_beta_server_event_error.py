"""RealtimeBetaServerEventError."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_beta_server_event_error_error import RealtimeBetaServerEventErrorError

__all__ = ["RealtimeBetaServerEventError"]


class RealtimeBetaServerEventError(OagenModel):
    """Returned when an error occurs, which could be a client problem or a server
    problem. Most errors are recoverable and the session will stay open, we
    recommend to implementors to monitor and log error messages by default."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["error"]
    """The event type, must be `error`."""

    error: RealtimeBetaServerEventErrorError
    """Details of the error."""
