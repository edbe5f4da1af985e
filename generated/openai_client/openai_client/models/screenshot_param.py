"""ScreenshotParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ScreenshotParam"]


class ScreenshotParam(OagenModel):
    """A screenshot action."""

    type: Literal["screenshot"]
    """Specifies the event type. For a screenshot action, this property is always set to `screenshot`.

    Server default: ``"screenshot"``."""
