"""DoneEvent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DoneEvent"]


class DoneEvent(OagenModel):
    """Occurs when a stream ends."""

    event: Literal["done"]

    data: Literal["[DONE]"]
