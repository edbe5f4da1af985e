"""ChatMessageDeltaToolCallsItemFunction."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ChatMessageDeltaToolCallsItemFunction"]


class ChatMessageDeltaToolCallsItemFunction(OagenModel):
    """ChatMessageDeltaToolCallsItemFunction"""

    name: str | None = None

    arguments: str | None = None
