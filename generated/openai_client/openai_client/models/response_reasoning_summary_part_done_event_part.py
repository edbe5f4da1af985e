"""ResponseReasoningSummaryPartDoneEventPart."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseReasoningSummaryPartDoneEventPart"]


class ResponseReasoningSummaryPartDoneEventPart(OagenModel):
    """The completed summary part."""

    type: Literal["summary_text"]
    """The type of the summary part. Always `summary_text`."""

    text: str
    """The text of the summary part."""
