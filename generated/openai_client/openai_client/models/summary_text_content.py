"""SummaryTextContent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["SummaryTextContent"]


class SummaryTextContent(OagenModel):
    """A summary text from the model."""

    type: Literal["summary_text"]
    """The type of the object. Always `summary_text`.

    Server default: ``"summary_text"``."""

    text: str
    """A summary of the reasoning output from the model so far."""
