"""CreateMessageRequestAttachmentsArrayItem."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel
from .create_message_request_attachments_array_item_tools_item import (
    CreateMessageRequestAttachmentsArrayItemToolsItem,
    CreateMessageRequestAttachmentsArrayItemToolsItemParam,
)

__all__ = [
    "CreateMessageRequestAttachmentsArrayItem",
    "CreateMessageRequestAttachmentsArrayItemParam",
]


class CreateMessageRequestAttachmentsArrayItem(OagenModel):
    """CreateMessageRequestAttachmentsArrayItem"""

    file_id: str | None = None
    """The ID of the file to attach to the message."""

    tools: list[CreateMessageRequestAttachmentsArrayItemToolsItem] | None = None
    """The tools to add this file to."""


class CreateMessageRequestAttachmentsArrayItemParam(TypedDict, total=False):
    """Request form of :class:`CreateMessageRequestAttachmentsArrayItem`: a dict a type checker can check."""

    file_id: str
    """The ID of the file to attach to the message."""

    tools: Sequence[CreateMessageRequestAttachmentsArrayItemToolsItemParam]
    """The tools to add this file to."""
