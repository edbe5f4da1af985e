"""DeletedConversationResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DeletedConversationResource"]


class DeletedConversationResource(OagenModel):
    """DeletedConversationResource"""

    object: Literal["conversation.deleted"]
    """Server default: ``"conversation.deleted"``."""

    deleted: bool

    id: str
