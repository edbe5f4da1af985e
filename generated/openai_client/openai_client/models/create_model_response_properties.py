"""CreateModelResponseProperties."""

from __future__ import annotations

from .model_response_properties import ModelResponseProperties

__all__ = ["CreateModelResponseProperties"]


class CreateModelResponseProperties(ModelResponseProperties):
    """CreateModelResponseProperties"""

    top_logprobs: int | None = None
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested."""
