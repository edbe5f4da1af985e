"""MessageObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .message_object_attachments_array_item import MessageObjectAttachmentsArrayItem
from .message_object_content_item import MessageObjectContentItem
from .message_object_incomplete_details_variant1 import MessageObjectIncompleteDetailsVariant1
from .metadata import Metadata

__all__ = ["MessageObject"]


class MessageObject(OagenModel):
    """Represents a message within a [thread](/docs/api-reference/threads)."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["thread.message"]
    """The object type, which is always `thread.message`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the message was created."""

    thread_id: str
    """The [thread](/docs/api-reference/threads) ID that this message belongs to."""

    status: Literal["in_progress", "incomplete", "completed"] | str
    """The status of the message, which can be either `in_progress`, `incomplete`, or `completed`."""

    incomplete_details: MessageObjectIncompleteDetailsVariant1 | None

    completed_at: int | None

    incomplete_at: int | None

    role: Literal["user", "assistant"] | str
    """The entity that produced the message. One of `user` or `assistant`."""

    content: list[MessageObjectContentItem]
    """The content of the message in array of text and/or images."""

    assistant_id: str | None

    run_id: str | None

    attachments: list[MessageObjectAttachmentsArrayItem] | None

    metadata: Metadata
