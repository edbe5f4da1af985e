"""FileUploadRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["FileUploadRequest"]


class FileUploadRequest(OagenModel):
    """FileUploadRequest"""

    file: bytes

    purpose: str
