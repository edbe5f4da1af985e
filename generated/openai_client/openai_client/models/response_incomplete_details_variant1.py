"""ResponseIncompleteDetailsVariant1."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseIncompleteDetailsVariant1"]


class ResponseIncompleteDetailsVariant1(OagenModel):
    """Details about why the response is incomplete."""

    reason: Literal["max_output_tokens", "content_filter"] | str | None = None
    """The reason why the response is incomplete."""
