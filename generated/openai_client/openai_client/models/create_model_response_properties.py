"""CreateModelResponseProperties."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .metadata import Metadata
from .model_response_properties import ModelResponseProperties
from .service_tier import ServiceTier

__all__ = ["CreateModelResponseProperties", "CreateModelResponsePropertiesParam"]


class CreateModelResponseProperties(ModelResponseProperties):
    """CreateModelResponseProperties"""

    top_logprobs: int | None = None
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested."""


class CreateModelResponsePropertiesParam(TypedDict, total=False):
    """Request form of :class:`CreateModelResponseProperties`: a dict a type checker can check."""

    metadata: Metadata

    top_logprobs: int
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested."""

    temperature: float | None

    top_p: float | None

    user: str
    """This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    safety_identifier: str
    """A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    prompt_cache_key: str
    """Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching)."""

    service_tier: ServiceTier

    prompt_cache_retention: Literal["in_memory", "24h"] | None
