"""ScreenshotParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ScreenshotParam", "ScreenshotParamParam"]


class ScreenshotParam(OagenModel):
    """A screenshot action."""

    type: Literal["screenshot"]
    """Specifies the event type. For a screenshot action, this property is always set to `screenshot`.

    Server default: ``"screenshot"``."""


class ScreenshotParamParam(TypedDict, total=False):
    """Request form of :class:`ScreenshotParam`: a dict a type checker can check."""

    type: Required[Literal["screenshot"]]
    """Specifies the event type. For a screenshot action, this property is always set to `screenshot`."""
