"""MessageObjectAttachmentsArrayItem."""

from __future__ import annotations

from .._models import OagenModel
from .message_object_attachments_array_item_tools_item import (
    MessageObjectAttachmentsArrayItemToolsItem,
)

__all__ = ["MessageObjectAttachmentsArrayItem"]


class MessageObjectAttachmentsArrayItem(OagenModel):
    """MessageObjectAttachmentsArrayItem"""

    file_id: str | None = None
    """The ID of the file to attach to the message."""

    tools: list[MessageObjectAttachmentsArrayItemToolsItem] | None = None
    """The tools to add this file to."""
