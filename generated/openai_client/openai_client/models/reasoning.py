"""Reasoning."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .reasoning_effort import ReasoningEffort

__all__ = ["Reasoning"]


class Reasoning(OagenModel):
    """**gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning)."""

    effort: ReasoningEffort | None = None

    summary: Literal["auto", "concise", "detailed"] | str | None = None

    generate_summary: Literal["auto", "concise", "detailed"] | str | None = None
