"""MessageObjectIncompleteDetailsVariant1."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["MessageObjectIncompleteDetailsVariant1"]


class MessageObjectIncompleteDetailsVariant1(OagenModel):
    """On an incomplete message, details about why the message is incomplete."""

    reason: (
        Literal["content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"] | str
    )
    """The reason the message is incomplete."""
