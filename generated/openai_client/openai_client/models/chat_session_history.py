"""ChatSessionHistory."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ChatSessionHistory"]


class ChatSessionHistory(OagenModel):
    """History retention preferences returned for the session."""

    enabled: bool
    """Indicates if chat history is persisted for the session."""

    recent_threads: int | None
