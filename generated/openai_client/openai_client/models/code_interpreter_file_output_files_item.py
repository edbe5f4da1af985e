"""CodeInterpreterFileOutputFilesItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CodeInterpreterFileOutputFilesItem"]


class CodeInterpreterFileOutputFilesItem(OagenModel):
    """CodeInterpreterFileOutputFilesItem"""

    mime_type: str
    """The MIME type of the file."""

    file_id: str
    """The ID of the file."""
