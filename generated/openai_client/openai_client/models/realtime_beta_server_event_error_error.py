"""RealtimeBetaServerEventErrorError."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeBetaServerEventErrorError"]


class RealtimeBetaServerEventErrorError(OagenModel):
    """Details of the error."""

    type: str
    """The type of error (e.g., "invalid_request_error", "server_error")."""

    code: str | None = None

    message: str
    """A human-readable error message."""

    param: str | None = None

    event_id: str | None = None
