"""ResponseInProgressEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .response import Response

__all__ = ["ResponseInProgressEvent"]


class ResponseInProgressEvent(OagenModel):
    """Emitted when the response is in progress."""

    type: Literal["response.in_progress"]
    """The type of the event. Always `response.in_progress`."""

    response: Response
    """The response that is in progress."""

    sequence_number: int
    """The sequence number of this event."""
