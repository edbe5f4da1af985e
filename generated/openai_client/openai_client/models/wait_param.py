"""WaitParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["WaitParam"]


class WaitParam(OagenModel):
    """A wait action."""

    type: Literal["wait"]
    """Specifies the event type. For a wait action, this property is always set to `wait`.

    Server default: ``"wait"``."""
