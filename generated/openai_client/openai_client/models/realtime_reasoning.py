"""RealtimeReasoning."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_reasoning_effort import RealtimeReasoningEffort

__all__ = ["RealtimeReasoning"]


class RealtimeReasoning(OagenModel):
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    effort: RealtimeReasoningEffort | str | None = None
