"""GetAnalyticsRequest."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["GetAnalyticsRequest", "GetAnalyticsRequestParam"]


class GetAnalyticsRequest(OagenModel):
    """GetAnalyticsRequest"""

    access_token: str | None = None


class GetAnalyticsRequestParam(TypedDict, total=False):
    """Request form of :class:`GetAnalyticsRequest`: a dict a type checker can check."""

    access_token: str
