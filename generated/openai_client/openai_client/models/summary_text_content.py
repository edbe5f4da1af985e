"""SummaryTextContent."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["SummaryTextContent", "SummaryTextContentParam"]


class SummaryTextContent(OagenModel):
    """A summary text from the model."""

    type: Literal["summary_text"]
    """The type of the object. Always `summary_text`.

    Server default: ``"summary_text"``."""

    text: str
    """A summary of the reasoning output from the model so far."""


class SummaryTextContentParam(TypedDict, total=False):
    """Request form of :class:`SummaryTextContent`: a dict a type checker can check."""

    type: Required[Literal["summary_text"]]
    """The type of the object. Always `summary_text`."""

    text: Required[str]
    """A summary of the reasoning output from the model so far."""
