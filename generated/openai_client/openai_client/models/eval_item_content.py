"""EvalItemContent."""

from __future__ import annotations

from typing import TypeAlias

from .eval_item_content_array import EvalItemContentArray, EvalItemContentArrayParam
from .eval_item_content_item import EvalItemContentItem, EvalItemContentItemParam

__all__ = ["EvalItemContent", "EvalItemContentParam"]

EvalItemContent: TypeAlias = EvalItemContentItem | EvalItemContentArray
"""Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items."""


EvalItemContentParam: TypeAlias = EvalItemContentItemParam | EvalItemContentArrayParam
"""Request form of :class:`EvalItemContent`: a dict a type checker can check."""
