"""ResponseStreamOptions."""

from __future__ import annotations

from typing import TypeAlias

from .response_stream_options_variant1 import (
    ResponseStreamOptionsVariant1,
    ResponseStreamOptionsVariant1Param,
)

__all__ = ["ResponseStreamOptions", "ResponseStreamOptionsParam"]

ResponseStreamOptions: TypeAlias = ResponseStreamOptionsVariant1 | None


ResponseStreamOptionsParam: TypeAlias = (
    ResponseStreamOptionsVariant1Param | ResponseStreamOptionsVariant1 | None
)
"""Request form of :class:`ResponseStreamOptions`: a dict a type checker can check."""
