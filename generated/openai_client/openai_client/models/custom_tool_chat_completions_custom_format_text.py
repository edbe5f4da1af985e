"""CustomToolChatCompletionsCustomFormatText."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "CustomToolChatCompletionsCustomFormatText",
    "CustomToolChatCompletionsCustomFormatTextParam",
]


class CustomToolChatCompletionsCustomFormatText(OagenModel):
    """Unconstrained free-form text."""

    type: Literal["text"]
    """Unconstrained text format. Always `text`."""


class CustomToolChatCompletionsCustomFormatTextParam(TypedDict, total=False):
    """Request form of :class:`CustomToolChatCompletionsCustomFormatText`: a dict a type checker can check."""

    type: Required[Literal["text"]]
    """Unconstrained text format. Always `text`."""
