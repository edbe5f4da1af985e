"""CustomToolParamFormat."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .custom_grammar_format_param import CustomGrammarFormatParam
from .custom_text_format_param import CustomTextFormatParam

__all__ = ["CustomToolParamFormat"]

CustomToolParamFormat: TypeAlias = Annotated[
    Union[
        Annotated[CustomTextFormatParam, Tag("CustomTextFormatParam")],
        Annotated[CustomGrammarFormatParam, Tag("CustomGrammarFormatParam")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged("type", {"text": "CustomTextFormatParam", "grammar": "CustomGrammarFormatParam"}),
]
"""The input format for the custom tool. Default is unconstrained text."""
