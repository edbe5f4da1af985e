"""ChatCompletionResponseMessageAnnotationsItem."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .chat_completion_response_message_annotations_item_url_citation import (
    ChatCompletionResponseMessageAnnotationsItemUrlCitation,
)

__all__ = ["ChatCompletionResponseMessageAnnotationsItem"]


class ChatCompletionResponseMessageAnnotationsItem(OagenModel):
    """A URL citation when using web search."""

    type: Literal["url_citation"]
    """The type of the URL citation. Always `url_citation`."""

    url_citation: ChatCompletionResponseMessageAnnotationsItemUrlCitation
    """A URL citation when using web search."""
