"""ResponseFailedEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .response import Response

__all__ = ["ResponseFailedEvent"]


class ResponseFailedEvent(OagenModel):
    """An event that is emitted when a response fails."""

    type: Literal["response.failed"]
    """The type of the event. Always `response.failed`."""

    sequence_number: int
    """The sequence number of this event."""

    response: Response
    """The response that failed."""
