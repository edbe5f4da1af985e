"""MessageContentTextAnnotationsFileCitationObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_content_text_annotations_file_citation_object_file_citation import (
    MessageContentTextAnnotationsFileCitationObjectFileCitation,
)

__all__ = ["MessageContentTextAnnotationsFileCitationObject"]


class MessageContentTextAnnotationsFileCitationObject(OagenModel):
    """A citation within the message that points to a specific quote from a specific File associated with the assistant or the message. Generated when the assistant uses the "file_search" tool to search files."""

    type: Literal["file_citation"]
    """Always `file_citation`."""

    text: str
    """The text in the message content that needs to be replaced."""

    file_citation: MessageContentTextAnnotationsFileCitationObjectFileCitation

    start_index: int

    end_index: int
