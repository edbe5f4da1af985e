"""ResponseCompletedEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .response import Response

__all__ = ["ResponseCompletedEvent"]


class ResponseCompletedEvent(OagenModel):
    """Emitted when the model response is complete."""

    type: Literal["response.completed"]
    """The type of the event. Always `response.completed`."""

    response: Response
    """Properties of the completed response."""

    sequence_number: int
    """The sequence number for this event."""
