"""CustomToolChatCompletionsCustomFormatGrammarGrammar."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["CustomToolChatCompletionsCustomFormatGrammarGrammar"]


class CustomToolChatCompletionsCustomFormatGrammarGrammar(OagenModel):
    """Your chosen grammar."""

    definition: str
    """The grammar definition."""

    syntax: Literal["lark", "regex"] | str
    """The syntax of the grammar definition. One of `lark` or `regex`."""
