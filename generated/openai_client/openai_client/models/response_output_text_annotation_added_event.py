"""ResponseOutputTextAnnotationAddedEvent."""

from __future__ import annotations

from typing import Any, Literal

from .._models import OagenModel

__all__ = ["ResponseOutputTextAnnotationAddedEvent"]


class ResponseOutputTextAnnotationAddedEvent(OagenModel):
    """Emitted when an annotation is added to output text content."""

    type: Literal["response.output_text.annotation.added"]
    """The type of the event. Always 'response.output_text.annotation.added'."""

    item_id: str
    """The unique identifier of the item to which the annotation is being added."""

    output_index: int
    """The index of the output item in the response's output array."""

    content_index: int
    """The index of the content part within the output item."""

    annotation_index: int
    """The index of the annotation within the content part."""

    sequence_number: int
    """The sequence number of this event."""

    annotation: dict[str, Any]
    """The annotation object being added. (See annotation schema for details.)"""
