"""WaitParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["WaitParam", "WaitParamParam"]


class WaitParam(OagenModel):
    """A wait action."""

    type: Literal["wait"]
    """Specifies the event type. For a wait action, this property is always set to `wait`.

    Server default: ``"wait"``."""


class WaitParamParam(TypedDict, total=False):
    """Request form of :class:`WaitParam`: a dict a type checker can check."""

    type: Required[Literal["wait"]]
    """Specifies the event type. For a wait action, this property is always set to `wait`."""
