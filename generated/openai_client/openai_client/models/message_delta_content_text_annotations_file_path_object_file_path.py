"""MessageDeltaContentTextAnnotationsFilePathObjectFilePath."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["MessageDeltaContentTextAnnotationsFilePathObjectFilePath"]


class MessageDeltaContentTextAnnotationsFilePathObjectFilePath(OagenModel):
    """MessageDeltaContentTextAnnotationsFilePathObjectFilePath"""

    file_id: str | None = None
    """The ID of the file that was generated."""
