"""CustomToolParamFormat."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .custom_grammar_format_param import CustomGrammarFormatParam, CustomGrammarFormatParamParam
from .custom_text_format_param import CustomTextFormatParam, CustomTextFormatParamParam

__all__ = ["CustomToolParamFormat", "CustomToolParamFormatParam"]

CustomToolParamFormat: TypeAlias = Annotated[
    Union[
        Annotated[CustomTextFormatParam, Tag("CustomTextFormatParam")],
        Annotated[CustomGrammarFormatParam, Tag("CustomGrammarFormatParam")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged("type", {"text": "CustomTextFormatParam", "grammar": "CustomGrammarFormatParam"}),
]
"""The input format for the custom tool. Default is unconstrained text."""


CustomToolParamFormatParam: TypeAlias = (
    CustomTextFormatParamParam
    | CustomTextFormatParam
    | CustomGrammarFormatParamParam
    | CustomGrammarFormatParam
)
"""Request form of :class:`CustomToolParamFormat`: a dict a type checker can check."""
