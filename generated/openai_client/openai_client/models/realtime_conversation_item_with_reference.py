"""RealtimeConversationItemWithReference."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_conversation_item_with_reference_content_item import (
    RealtimeConversationItemWithReferenceContentItem,
)

__all__ = ["RealtimeConversationItemWithReference"]


class RealtimeConversationItemWithReference(OagenModel):
    """The item to add to the conversation."""

    id: str | None = None
    """For an item of type (`message` | `function_call` | `function_call_output`)
    this field allows the client to assign the unique ID of the item. It is
    not required because the server will generate one if not provided.

    For an item of type `item_reference`, this field is required and is a
    reference to any item that has previously existed in the conversation."""

    type: Literal["message", "function_call", "function_call_output"] | str | None = None
    """The type of the item (`message`, `function_call`, `function_call_output`, `item_reference`)."""

    object: Literal["realtime.item"] | None = None
    """Identifier for the API object being returned - always `realtime.item`."""

    status: Literal["completed", "incomplete", "in_progress"] | str | None = None
    """The status of the item (`completed`, `incomplete`, `in_progress`). These have no effect
    on the conversation, but are accepted for consistency with the
    `conversation.item.created` event."""

    role: Literal["user", "assistant", "system"] | str | None = None
    """The role of the message sender (`user`, `assistant`, `system`), only
    applicable for `message` items."""

    content: list[RealtimeConversationItemWithReferenceContentItem] | None = None
    """The content of the message, applicable for `message` items.
    - Message items of role `system` support only `input_text` content
    - Message items of role `user` support `input_text` and `input_audio`
      content
    - Message items of role `assistant` support `text` content."""

    call_id: str | None = None
    """The ID of the function call (for `function_call` and
    `function_call_output` items). If passed on a `function_call_output`
    item, the server will check that a `function_call` item with the same
    ID exists in the conversation history."""

    name: str | None = None
    """The name of the function being called (for `function_call` items)."""

    arguments: str | None = None
    """The arguments of the function call (for `function_call` items)."""

    output: str | None = None
    """The output of the function call (for `function_call_output` items)."""
