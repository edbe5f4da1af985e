"""ResponseFormatText."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ResponseFormatText", "ResponseFormatTextParam"]


class ResponseFormatText(OagenModel):
    """Default response format. Used to generate text responses."""

    type: Literal["text"]
    """The type of response format being defined. Always `text`."""


class ResponseFormatTextParam(TypedDict, total=False):
    """Request form of :class:`ResponseFormatText`: a dict a type checker can check."""

    type: Required[Literal["text"]]
    """The type of response format being defined. Always `text`."""
