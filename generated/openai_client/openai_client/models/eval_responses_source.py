"""EvalResponsesSource."""

from __future__ import annotations

from typing import Any, Literal

from .._models import OagenModel
from .reasoning_effort import ReasoningEffort

__all__ = ["EvalResponsesSource"]


class EvalResponsesSource(OagenModel):
    """A EvalResponsesSource object describing a run data source configuration."""

    type: Literal["responses"]
    """The type of run data source. Always `responses`."""

    metadata: dict[str, Any] | None = None

    model: str | None = None

    instructions_search: str | None = None

    created_after: int | None = None

    created_before: int | None = None

    reasoning_effort: ReasoningEffort | None = None

    temperature: float | None = None

    top_p: float | None = None

    users: list[str] | None = None

    tools: list[str] | None = None
