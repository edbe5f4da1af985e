"""ResponsesRequestReasoning."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["ResponsesRequestReasoning", "ResponsesRequestReasoningParam"]


class ResponsesRequestReasoning(OagenModel):
    """ResponsesRequestReasoning"""

    effort: Literal["none", "minimal", "low", "medium", "high", "xhigh"] | str | None = None

    summary: str | None = None


class ResponsesRequestReasoningParam(TypedDict, total=False):
    """Request form of :class:`ResponsesRequestReasoning`: a dict a type checker can check."""

    effort: Literal["none", "minimal", "low", "medium", "high", "xhigh"]

    summary: str
