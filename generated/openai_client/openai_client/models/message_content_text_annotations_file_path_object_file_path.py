"""MessageContentTextAnnotationsFilePathObjectFilePath."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["MessageContentTextAnnotationsFilePathObjectFilePath"]


class MessageContentTextAnnotationsFilePathObjectFilePath(OagenModel):
    """MessageContentTextAnnotationsFilePathObjectFilePath"""

    file_id: str
    """The ID of the file that was generated."""
