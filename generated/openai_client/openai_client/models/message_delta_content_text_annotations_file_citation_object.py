"""MessageDeltaContentTextAnnotationsFileCitationObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_delta_content_text_annotations_file_citation_object_file_citation import (
    MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
)

__all__ = ["MessageDeltaContentTextAnnotationsFileCitationObject"]


class MessageDeltaContentTextAnnotationsFileCitationObject(OagenModel):
    """A citation within the message that points to a specific quote from a specific File associated with the assistant or the message. Generated when the assistant uses the "file_search" tool to search files."""

    index: int
    """The index of the annotation in the text content part."""

    type: Literal["file_citation"]
    """Always `file_citation`."""

    text: str | None = None
    """The text in the message content that needs to be replaced."""

    file_citation: MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | None = None

    start_index: int | None = None

    end_index: int | None = None
