"""RateLimitsParam."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["RateLimitsParam", "RateLimitsParamParam"]


class RateLimitsParam(OagenModel):
    """Controls request rate limits for the session."""

    max_requests_per_1_minute: int | None = None
    """Maximum number of requests allowed per minute for the session. Defaults to 10."""


class RateLimitsParamParam(TypedDict, total=False):
    """Request form of :class:`RateLimitsParam`: a dict a type checker can check."""

    max_requests_per_1_minute: int
    """Maximum number of requests allowed per minute for the session. Defaults to 10."""
