"""RealtimeReasoning."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .realtime_reasoning_effort import RealtimeReasoningEffort

__all__ = ["RealtimeReasoning", "RealtimeReasoningParam"]


class RealtimeReasoning(OagenModel):
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    effort: RealtimeReasoningEffort | str | None = None


class RealtimeReasoningParam(TypedDict, total=False):
    """Request form of :class:`RealtimeReasoning`: a dict a type checker can check."""

    effort: RealtimeReasoningEffort
