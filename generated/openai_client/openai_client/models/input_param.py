"""InputParam."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from .input_item import InputItem, InputItemParam

__all__ = ["InputParam", "InputParamParam"]

InputParam: TypeAlias = list[InputItem] | str
"""Text, image, or file inputs to the model, used to generate a response.

Learn more:
- [Text inputs and outputs](/docs/guides/text)
- [Image inputs](/docs/guides/images)
- [File inputs](/docs/guides/pdf-files)
- [Conversation state](/docs/guides/conversation-state)
- [Function calling](/docs/guides/function-calling)"""


InputParamParam: TypeAlias = str | Sequence[InputItemParam]
"""Request form of :class:`InputParam`: a dict a type checker can check."""
