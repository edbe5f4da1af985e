"""ResponseContentPartAddedEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .output_content import OutputContent

__all__ = ["ResponseContentPartAddedEvent"]


class ResponseContentPartAddedEvent(OagenModel):
    """Emitted when a new content part is added."""

    type: Literal["response.content_part.added"]
    """The type of the event. Always `response.content_part.added`."""

    item_id: str
    """The ID of the output item that the content part was added to."""

    output_index: int
    """The index of the output item that the content part was added to."""

    content_index: int
    """The index of the content part that was added."""

    part: OutputContent
    """The content part that was added."""

    sequence_number: int
    """The sequence number of this event."""
