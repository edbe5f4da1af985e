"""ComputerCallSafetyCheckParam."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ComputerCallSafetyCheckParam"]


class ComputerCallSafetyCheckParam(OagenModel):
    """A pending safety check for the computer call."""

    id: str
    """The ID of the pending safety check."""

    code: str | None = None

    message: str | None = None
