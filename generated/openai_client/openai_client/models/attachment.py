"""Attachment."""

from __future__ import annotations

from .._models import OagenModel
from .attachment_type import AttachmentType

__all__ = ["Attachment"]


class Attachment(OagenModel):
    """Attachment metadata included on thread items."""

    type: AttachmentType | str
    """Attachment discriminator."""

    id: str
    """Identifier for the attachment."""

    name: str
    """Original display name for the attachment."""

    mime_type: str
    """MIME type of the attachment."""

    preview_url: str | None
