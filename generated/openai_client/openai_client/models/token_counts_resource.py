"""TokenCountsResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["TokenCountsResource"]


class TokenCountsResource(OagenModel):
    """Token counts"""

    object: Literal["response.input_tokens"]
    """Server default: ``"response.input_tokens"``."""

    input_tokens: int
