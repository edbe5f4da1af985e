"""WidgetMessageItem."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["WidgetMessageItem"]


class WidgetMessageItem(OagenModel):
    """Thread item that renders a widget payload."""

    id: str
    """Identifier of the thread item."""

    object: Literal["chatkit.thread_item"]
    """Type discriminator that is always `chatkit.thread_item`.

    Server default: ``"chatkit.thread_item"``."""

    created_at: int
    """Unix timestamp (in seconds) for when the item was created."""

    thread_id: str
    """Identifier of the parent thread."""

    type: Literal["chatkit.widget"]
    """Type discriminator that is always `chatkit.widget`.

    Server default: ``"chatkit.widget"``."""

    widget: str
    """Serialized widget payload rendered in the UI."""
