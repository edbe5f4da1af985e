"""TextContentPart."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["TextContentPart", "TextContentPartParam"]


class TextContentPart(OagenModel):
    """TextContentPart"""

    type: Literal["text"]

    text: str


class TextContentPartParam(TypedDict, total=False):
    """Request form of :class:`TextContentPart`: a dict a type checker can check."""

    type: Required[Literal["text"]]

    text: Required[str]
