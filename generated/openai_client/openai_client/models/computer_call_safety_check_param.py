"""ComputerCallSafetyCheckParam."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ComputerCallSafetyCheckParam", "ComputerCallSafetyCheckParamParam"]


class ComputerCallSafetyCheckParam(OagenModel):
    """A pending safety check for the computer call."""

    id: str
    """The ID of the pending safety check."""

    code: str | None = None

    message: str | None = None


class ComputerCallSafetyCheckParamParam(TypedDict, total=False):
    """Request form of :class:`ComputerCallSafetyCheckParam`: a dict a type checker can check."""

    id: Required[str]
    """The ID of the pending safety check."""

    code: str | None

    message: str | None
