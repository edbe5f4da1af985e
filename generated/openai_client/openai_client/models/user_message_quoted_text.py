"""UserMessageQuotedText."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UserMessageQuotedText"]


class UserMessageQuotedText(OagenModel):
    """Quoted snippet that the user referenced in their message."""

    type: Literal["quoted_text"]
    """Type discriminator that is always `quoted_text`.

    Server default: ``"quoted_text"``."""

    text: str
    """Quoted text content."""
