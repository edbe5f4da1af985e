"""CustomToolChatCompletionsCustomFormatGrammar."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .custom_tool_chat_completions_custom_format_grammar_grammar import (
    CustomToolChatCompletionsCustomFormatGrammarGrammar,
)

__all__ = ["CustomToolChatCompletionsCustomFormatGrammar"]


class CustomToolChatCompletionsCustomFormatGrammar(OagenModel):
    """A grammar defined by the user."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`."""

    grammar: CustomToolChatCompletionsCustomFormatGrammarGrammar
    """Your chosen grammar."""
