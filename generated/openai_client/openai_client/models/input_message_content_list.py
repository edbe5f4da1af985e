"""InputMessageContentList."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from .input_content import InputContent, InputContentParam

__all__ = ["InputMessageContentList", "InputMessageContentListParam"]

InputMessageContentList: TypeAlias = list[InputContent]
"""A list of one or many input items to the model, containing different content
types."""


InputMessageContentListParam: TypeAlias = Sequence[InputContentParam]
"""Request form of :class:`InputMessageContentList`: a dict a type checker can check."""
