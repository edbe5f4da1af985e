"""EvalItemContentOutputText."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["EvalItemContentOutputText", "EvalItemContentOutputTextParam"]


class EvalItemContentOutputText(OagenModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""


class EvalItemContentOutputTextParam(TypedDict, total=False):
    """Request form of :class:`EvalItemContentOutputText`: a dict a type checker can check."""

    type: Required[Literal["output_text"]]
    """The type of the output text. Always `output_text`."""

    text: Required[str]
    """The text output from the model."""
