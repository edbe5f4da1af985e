"""ChatCompletionResponseMessageAnnotationsItemUrlCitation."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ChatCompletionResponseMessageAnnotationsItemUrlCitation"]


class ChatCompletionResponseMessageAnnotationsItemUrlCitation(OagenModel):
    """A URL citation when using web search."""

    end_index: int
    """The index of the last character of the URL citation in the message."""

    start_index: int
    """The index of the first character of the URL citation in the message."""

    url: str
    """The URL of the web resource."""

    title: str
    """The title of the web resource."""
