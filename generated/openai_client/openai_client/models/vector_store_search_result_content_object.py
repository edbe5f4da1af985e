"""VectorStoreSearchResultContentObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["VectorStoreSearchResultContentObject"]


class VectorStoreSearchResultContentObject(OagenModel):
    """VectorStoreSearchResultContentObject"""

    type: Literal["text"]
    """The type of content."""

    text: str
    """The text content returned from search."""
