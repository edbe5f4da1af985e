"""UserMessageInputText."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UserMessageInputText"]


class UserMessageInputText(OagenModel):
    """Text block that a user contributed to the thread."""

    type: Literal["input_text"]
    """Type discriminator that is always `input_text`.

    Server default: ``"input_text"``."""

    text: str
    """Plain-text content supplied by the user."""
