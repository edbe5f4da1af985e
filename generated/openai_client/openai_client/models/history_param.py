"""HistoryParam."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["HistoryParam", "HistoryParamParam"]


class HistoryParam(OagenModel):
    """Controls how much historical context is retained for the session."""

    enabled: bool | None = None
    """Enables chat users to access previous ChatKit threads. Defaults to true."""

    recent_threads: int | None = None
    """Number of recent ChatKit threads users have access to. Defaults to unlimited when unset."""


class HistoryParamParam(TypedDict, total=False):
    """Request form of :class:`HistoryParam`: a dict a type checker can check."""

    enabled: bool
    """Enables chat users to access previous ChatKit threads. Defaults to true."""

    recent_threads: int
    """Number of recent ChatKit threads users have access to. Defaults to unlimited when unset."""
