"""Usage."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["Usage"]


class Usage(OagenModel):
    """Usage"""

    prompt_tokens: int | None = None

    completion_tokens: int | None = None

    total_tokens: int | None = None
