"""TranscriptTextUsageDuration."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["TranscriptTextUsageDuration"]


class TranscriptTextUsageDuration(OagenModel):
    """Usage statistics for models billed by audio input duration."""

    type: Literal["duration"]
    """The type of the usage object. Always `duration` for this variant."""

    seconds: float
    """Duration of the input audio in seconds."""
