"""CustomToolChatCompletionsCustomFormatGrammar."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .custom_tool_chat_completions_custom_format_grammar_grammar import (
    CustomToolChatCompletionsCustomFormatGrammarGrammar,
    CustomToolChatCompletionsCustomFormatGrammarGrammarParam,
)

__all__ = [
    "CustomToolChatCompletionsCustomFormatGrammar",
    "CustomToolChatCompletionsCustomFormatGrammarParam",
]


class CustomToolChatCompletionsCustomFormatGrammar(OagenModel):
    """A grammar defined by the user."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`."""

    grammar: CustomToolChatCompletionsCustomFormatGrammarGrammar
    """Your chosen grammar."""


class CustomToolChatCompletionsCustomFormatGrammarParam(TypedDict, total=False):
    """Request form of :class:`CustomToolChatCompletionsCustomFormatGrammar`: a dict a type checker can check."""

    type: Required[Literal["grammar"]]
    """Grammar format. Always `grammar`."""

    grammar: Required[
        CustomToolChatCompletionsCustomFormatGrammarGrammarParam
        | CustomToolChatCompletionsCustomFormatGrammarGrammar
    ]
    """Your chosen grammar."""
