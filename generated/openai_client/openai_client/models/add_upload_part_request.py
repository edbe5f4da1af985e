"""AddUploadPartRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AddUploadPartRequest"]


class AddUploadPartRequest(OagenModel):
    """AddUploadPartRequest"""

    data: bytes
    """The chunk of bytes for this Part."""
