"""ResponseErrorEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseErrorEvent"]


class ResponseErrorEvent(OagenModel):
    """Emitted when an error occurs."""

    type: Literal["error"]
    """The type of the event. Always `error`."""

    code: str | None

    message: str
    """The error message."""

    param: str | None

    sequence_number: int
    """The sequence number of this event."""
