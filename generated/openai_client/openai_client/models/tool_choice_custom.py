"""ToolChoiceCustom."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ToolChoiceCustom"]


class ToolChoiceCustom(OagenModel):
    """Use this option to force the model to call a specific custom tool."""

    type: Literal["custom"]
    """For custom tool calling, the type is always `custom`."""

    name: str
    """The name of the custom tool to call."""
