"""EvalItemContentArray."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from .eval_item_content_item import EvalItemContentItem, EvalItemContentItemParam

__all__ = ["EvalItemContentArray", "EvalItemContentArrayParam"]

EvalItemContentArray: TypeAlias = list[EvalItemContentItem]
"""A list of inputs, each of which may be either an input text, output text, input
image, or input audio object."""


EvalItemContentArrayParam: TypeAlias = Sequence[EvalItemContentItemParam]
"""Request form of :class:`EvalItemContentArray`: a dict a type checker can check."""
