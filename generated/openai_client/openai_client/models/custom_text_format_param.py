"""CustomTextFormatParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CustomTextFormatParam", "CustomTextFormatParamParam"]


class CustomTextFormatParam(OagenModel):
    """Unconstrained free-form text."""

    type: Literal["text"]
    """Unconstrained text format. Always `text`.

    Server default: ``"text"``."""


class CustomTextFormatParamParam(TypedDict, total=False):
    """Request form of :class:`CustomTextFormatParam`: a dict a type checker can check."""

    type: Required[Literal["text"]]
    """Unconstrained text format. Always `text`."""
