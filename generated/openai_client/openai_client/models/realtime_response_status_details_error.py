"""RealtimeResponseStatusDetailsError."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RealtimeResponseStatusDetailsError"]


class RealtimeResponseStatusDetailsError(OagenModel):
    """A description of the error that caused the response to fail,
    populated when the `status` is `failed`."""

    type: str | None = None
    """The type of error."""

    code: str | None = None
    """Error code, if any."""
