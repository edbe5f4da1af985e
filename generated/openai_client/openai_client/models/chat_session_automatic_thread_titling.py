"""ChatSessionAutomaticThreadTitling."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ChatSessionAutomaticThreadTitling"]


class ChatSessionAutomaticThreadTitling(OagenModel):
    """Automatic thread title preferences for the session."""

    enabled: bool
    """Whether automatic thread titling is enabled."""
