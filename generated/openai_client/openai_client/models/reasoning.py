"""Reasoning."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel
from .reasoning_effort import ReasoningEffort

__all__ = ["Reasoning", "ReasoningParam"]


class Reasoning(OagenModel):
    """**gpt-5 and o-series models only**

    Configuration options for
    [reasoning models](https://platform.openai.com/docs/guides/reasoning)."""

    effort: ReasoningEffort | None = None

    summary: Literal["auto", "concise", "detailed"] | str | None = None

    generate_summary: Literal["auto", "concise", "detailed"] | str | None = None


class ReasoningParam(TypedDict, total=False):
    """Request form of :class:`Reasoning`: a dict a type checker can check."""

    effort: ReasoningEffort

    summary: Literal["auto", "concise", "detailed"] | None

    generate_summary: Literal["auto", "concise", "detailed"] | None
