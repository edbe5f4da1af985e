"""CreateMessageRequestAttachmentsArrayItem."""

from __future__ import annotations

from .._models import OagenModel
from .create_message_request_attachments_array_item_tools_item import (
    CreateMessageRequestAttachmentsArrayItemToolsItem,
)

__all__ = ["CreateMessageRequestAttachmentsArrayItem"]


class CreateMessageRequestAttachmentsArrayItem(OagenModel):
    """CreateMessageRequestAttachmentsArrayItem"""

    file_id: str | None = None
    """The ID of the file to attach to the message."""

    tools: list[CreateMessageRequestAttachmentsArrayItemToolsItem] | None = None
    """The tools to add this file to."""
