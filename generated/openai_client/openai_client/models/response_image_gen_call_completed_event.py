"""ResponseImageGenCallCompletedEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseImageGenCallCompletedEvent"]


class ResponseImageGenCallCompletedEvent(OagenModel):
    """Emitted when an image generation tool call has completed and the final image is available."""

    type: Literal["response.image_generation_call.completed"]
    """The type of the event. Always 'response.image_generation_call.completed'."""

    output_index: int
    """The index of the output item in the response's output array."""

    sequence_number: int
    """The sequence number of this event."""

    item_id: str
    """The unique identifier of the image generation item being processed."""
