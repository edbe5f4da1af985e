"""ResponseErrorVariant1."""

from __future__ import annotations

from .._models import OagenModel
from .response_error_code import ResponseErrorCode

__all__ = ["ResponseErrorVariant1"]


class ResponseErrorVariant1(OagenModel):
    """An error object returned when the model fails to generate a Response."""

    code: ResponseErrorCode | str

    message: str
    """A human-readable description of the error."""
