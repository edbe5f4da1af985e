"""CustomGrammarFormatParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .grammar_syntax1 import GrammarSyntax1

__all__ = ["CustomGrammarFormatParam", "CustomGrammarFormatParamParam"]


class CustomGrammarFormatParam(OagenModel):
    """A grammar defined by the user."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`.

    Server default: ``"grammar"``."""

    syntax: GrammarSyntax1 | str
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: str
    """The grammar definition."""


class CustomGrammarFormatParamParam(TypedDict, total=False):
    """Request form of :class:`CustomGrammarFormatParam`: a dict a type checker can check."""

    type: Required[Literal["grammar"]]
    """Grammar format. Always `grammar`."""

    syntax: Required[GrammarSyntax1]
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: Required[str]
    """The grammar definition."""
