"""CustomToolChatCompletionsCustomFormat."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .custom_tool_chat_completions_custom_format_grammar import (
    CustomToolChatCompletionsCustomFormatGrammar,
    CustomToolChatCompletionsCustomFormatGrammarParam,
)
from .custom_tool_chat_completions_custom_format_text import (
    CustomToolChatCompletionsCustomFormatText,
    CustomToolChatCompletionsCustomFormatTextParam,
)

__all__ = ["CustomToolChatCompletionsCustomFormat", "CustomToolChatCompletionsCustomFormatParam"]

CustomToolChatCompletionsCustomFormat: TypeAlias = Annotated[
    Union[
        Annotated[
            CustomToolChatCompletionsCustomFormatText,
            Tag("CustomToolChatCompletionsCustomFormatText"),
        ],
        Annotated[
            CustomToolChatCompletionsCustomFormatGrammar,
            Tag("CustomToolChatCompletionsCustomFormatGrammar"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "text": "CustomToolChatCompletionsCustomFormatText",
            "grammar": "CustomToolChatCompletionsCustomFormatGrammar",
        },
    ),
]
"""The input format for the custom tool. Default is unconstrained text."""


CustomToolChatCompletionsCustomFormatParam: TypeAlias = (
    CustomToolChatCompletionsCustomFormatTextParam
    | CustomToolChatCompletionsCustomFormatText
    | CustomToolChatCompletionsCustomFormatGrammarParam
    | CustomToolChatCompletionsCustomFormatGrammar
)
"""Request form of :class:`CustomToolChatCompletionsCustomFormat`: a dict a type checker can check."""
