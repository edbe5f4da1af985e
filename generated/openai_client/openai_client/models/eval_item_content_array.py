"""EvalItemContentArray."""

from __future__ import annotations

from typing import TypeAlias

from .eval_item_content_item import EvalItemContentItem

__all__ = ["EvalItemContentArray"]

EvalItemContentArray: TypeAlias = list[EvalItemContentItem]
"""A list of inputs, each of which may be either an input text, output text, input
image, or input audio object."""
