"""UserMessageItem."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .attachment import Attachment
from .inference_options import InferenceOptions
from .user_message_item_content_item import UserMessageItemContentItem

__all__ = ["UserMessageItem"]


class UserMessageItem(OagenModel):
    """User-authored messages within a thread."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`.

    Server default: ``"chatkit.thread_item"``."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.user_message"]
    """Server default: ``"chatkit.user_message"``."""

    content: list[UserMessageItemContentItem]
    """Ordered content elements supplied by the user."""

    attachments: list[Attachment]
    """Attachments associated with the user message. Defaults to an empty list."""

    inference_options: InferenceOptions | None
