"""Error2."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["Error2"]


class Error2(OagenModel):
    """An error that occurred while generating the response."""

    code: str
    """A machine-readable error code that was returned."""

    message: str
    """A human-readable description of the error that was returned."""
