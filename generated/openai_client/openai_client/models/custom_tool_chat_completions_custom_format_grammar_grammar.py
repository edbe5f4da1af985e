"""CustomToolChatCompletionsCustomFormatGrammarGrammar."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "CustomToolChatCompletionsCustomFormatGrammarGrammar",
    "CustomToolChatCompletionsCustomFormatGrammarGrammarParam",
]


class CustomToolChatCompletionsCustomFormatGrammarGrammar(OagenModel):
    """Your chosen grammar."""

    definition: str
    """The grammar definition."""

    syntax: Literal["lark", "regex"] | str
    """The syntax of the grammar definition. One of `lark` or `regex`."""


class CustomToolChatCompletionsCustomFormatGrammarGrammarParam(TypedDict, total=False):
    """Request form of :class:`CustomToolChatCompletionsCustomFormatGrammarGrammar`: a dict a type checker can check."""

    definition: Required[str]
    """The grammar definition."""

    syntax: Required[Literal["lark", "regex"]]
    """The syntax of the grammar definition. One of `lark` or `regex`."""
