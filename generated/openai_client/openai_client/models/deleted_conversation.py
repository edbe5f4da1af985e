"""DeletedConversation."""

from __future__ import annotations

from typing import TypeAlias

from .deleted_conversation_resource import DeletedConversationResource

__all__ = ["DeletedConversation"]

DeletedConversation: TypeAlias = DeletedConversationResource
"""The deleted conversation object"""
