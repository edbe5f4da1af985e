"""ResponsesRequestReasoning."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponsesRequestReasoning"]


class ResponsesRequestReasoning(OagenModel):
    """ResponsesRequestReasoning"""

    effort: Literal["none", "minimal", "low", "medium", "high", "xhigh"] | str | None = None

    summary: str | None = None
