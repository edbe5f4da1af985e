"""MessageContentTextObjectText."""

from __future__ import annotations

from .._models import OagenModel
from .message_content_text_object_text_annotations_item import (
    MessageContentTextObjectTextAnnotationsItem,
)

__all__ = ["MessageContentTextObjectText"]


class MessageContentTextObjectText(OagenModel):
    """MessageContentTextObjectText"""

    value: str
    """The data that makes up the text."""

    annotations: list[MessageContentTextObjectTextAnnotationsItem]
