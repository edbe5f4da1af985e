"""ResponseError."""

from __future__ import annotations

from typing import TypeAlias

from .response_error_variant1 import ResponseErrorVariant1

__all__ = ["ResponseError"]

ResponseError: TypeAlias = ResponseErrorVariant1 | None
