"""CustomGrammarFormatParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .grammar_syntax1 import GrammarSyntax1

__all__ = ["CustomGrammarFormatParam"]


class CustomGrammarFormatParam(OagenModel):
    """A grammar defined by the user."""

    type: Literal["grammar"]
    """Grammar format. Always `grammar`.

    Server default: ``"grammar"``."""

    syntax: GrammarSyntax1 | str
    """The syntax of the grammar definition. One of `lark` or `regex`."""

    definition: str
    """The grammar definition."""
