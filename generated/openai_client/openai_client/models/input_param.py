"""InputParam."""

from __future__ import annotations

from typing import TypeAlias

from .input_item import InputItem

__all__ = ["InputParam"]

InputParam: TypeAlias = list[InputItem] | str
"""Text, image, or file inputs to the model, used to generate a response.

Learn more:
- [Text inputs and outputs](/docs/guides/text)
- [Image inputs](/docs/guides/images)
- [File inputs](/docs/guides/pdf-files)
- [Conversation state](/docs/guides/conversation-state)
- [Function calling](/docs/guides/function-calling)"""
