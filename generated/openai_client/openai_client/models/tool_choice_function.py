"""ToolChoiceFunction."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ToolChoiceFunction"]


class ToolChoiceFunction(OagenModel):
    """Use this option to force the model to call a specific function."""

    type: Literal["function"]
    """For function calling, the type is always `function`."""

    name: str
    """The name of the function to call."""
