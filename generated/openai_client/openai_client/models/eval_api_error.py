"""EvalApiError."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["EvalApiError"]


class EvalApiError(OagenModel):
    """An object representing an error response from the Eval API."""

    code: str
    """The error code."""

    message: str
    """The error message."""
