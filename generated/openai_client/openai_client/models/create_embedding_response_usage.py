"""CreateEmbeddingResponseUsage."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateEmbeddingResponseUsage"]


class CreateEmbeddingResponseUsage(OagenModel):
    """The usage information for the request."""

    prompt_tokens: int
    """The number of tokens used by the prompt."""

    total_tokens: int
    """The total number of tokens used by the request."""
