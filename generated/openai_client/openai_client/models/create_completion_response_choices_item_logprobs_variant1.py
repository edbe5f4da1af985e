"""CreateCompletionResponseChoicesItemLogprobsVariant1."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateCompletionResponseChoicesItemLogprobsVariant1"]


class CreateCompletionResponseChoicesItemLogprobsVariant1(OagenModel):
    """CreateCompletionResponseChoicesItemLogprobsVariant1"""

    text_offset: list[int] | None = None

    token_logprobs: list[float] | None = None

    tokens: list[str] | None = None

    top_logprobs: list[dict[str, float]] | None = None
