"""Prompt."""

from __future__ import annotations

from typing import TypeAlias

from .prompt_variant1 import PromptVariant1, PromptVariant1Param

__all__ = ["Prompt", "PromptParam"]

Prompt: TypeAlias = PromptVariant1 | None


PromptParam: TypeAlias = PromptVariant1Param | PromptVariant1 | None
"""Request form of :class:`Prompt`: a dict a type checker can check."""
