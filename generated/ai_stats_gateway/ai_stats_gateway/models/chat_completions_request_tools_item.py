"""ChatCompletionsRequestToolsItem."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = ["ChatCompletionsRequestToolsItem", "ChatCompletionsRequestToolsItemParam"]


class ChatCompletionsRequestToolsItem(OagenModel):
    """ChatCompletionsRequestToolsItem"""

    type: Literal["function"] | None = None


class ChatCompletionsRequestToolsItemParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionsRequestToolsItem`: a dict a type checker can check."""

    type: Literal["function"]
