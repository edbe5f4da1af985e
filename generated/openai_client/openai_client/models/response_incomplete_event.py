"""ResponseIncompleteEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .response import Response

__all__ = ["ResponseIncompleteEvent"]


class ResponseIncompleteEvent(OagenModel):
    """An event that is emitted when a response finishes as incomplete."""

    type: Literal["response.incomplete"]
    """The type of the event. Always `response.incomplete`."""

    response: Response
    """The response that was incomplete."""

    sequence_number: int
    """The sequence number of this event."""
