"""RunObjectLastError."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RunObjectLastError"]


class RunObjectLastError(OagenModel):
    """The last error associated with this run. Will be `null` if there are no errors."""

    code: Literal["server_error", "rate_limit_exceeded", "invalid_prompt"] | str
    """One of `server_error`, `rate_limit_exceeded`, or `invalid_prompt`."""

    message: str
    """A human-readable description of the error."""
