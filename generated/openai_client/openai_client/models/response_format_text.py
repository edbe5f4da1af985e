"""ResponseFormatText."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseFormatText"]


class ResponseFormatText(OagenModel):
    """Default response format. Used to generate text responses."""

    type: Literal["text"]
    """The type of response format being defined. Always `text`."""
