"""GenerationResponseUsage."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["GenerationResponseUsage"]


class GenerationResponseUsage(OagenModel):
    """GenerationResponseUsage"""

    prompt_tokens: float | None = None

    completion_tokens: float | None = None

    total_tokens: float | None = None
