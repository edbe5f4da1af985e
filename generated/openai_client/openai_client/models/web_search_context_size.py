"""WebSearchContextSize."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["WebSearchContextSize"]

WebSearchContextSize: TypeAlias = Literal["low", "medium", "high"]
"""High level guidance for the amount of context window space to use for the
search. One of `low`, `medium`, or `high`. `medium` is the default."""
