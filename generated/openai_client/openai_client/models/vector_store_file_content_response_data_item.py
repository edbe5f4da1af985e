"""VectorStoreFileContentResponseDataItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["VectorStoreFileContentResponseDataItem"]


class VectorStoreFileContentResponseDataItem(OagenModel):
    """VectorStoreFileContentResponseDataItem"""

    type: str | None = None
    """The content type (currently only `"text"`)"""

    text: str | None = None
    """The text content"""
