"""MessageDeltaContentTextObjectText."""

from __future__ import annotations

from .._models import OagenModel
from .message_delta_content_text_object_text_annotations_item import (
    MessageDeltaContentTextObjectTextAnnotationsItem,
)

__all__ = ["MessageDeltaContentTextObjectText"]


class MessageDeltaContentTextObjectText(OagenModel):
    """MessageDeltaContentTextObjectText"""

    value: str | None = None
    """The data that makes up the text."""

    annotations: list[MessageDeltaContentTextObjectTextAnnotationsItem] | None = None
