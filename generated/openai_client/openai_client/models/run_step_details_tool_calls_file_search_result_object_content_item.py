"""RunStepDetailsToolCallsFileSearchResultObjectContentItem."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RunStepDetailsToolCallsFileSearchResultObjectContentItem"]


class RunStepDetailsToolCallsFileSearchResultObjectContentItem(OagenModel):
    """RunStepDetailsToolCallsFileSearchResultObjectContentItem"""

    type: Literal["text"] | None = None
    """The type of the content."""

    text: str | None = None
    """The text content of the file."""
