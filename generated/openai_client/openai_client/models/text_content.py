"""TextContent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["TextContent"]


class TextContent(OagenModel):
    """A text content."""

    type: Literal["text"]
    """Server default: ``"text"``."""

    text: str
