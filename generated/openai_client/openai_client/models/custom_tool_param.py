"""CustomToolParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .custom_tool_param_format import CustomToolParamFormat, CustomToolParamFormatParam

__all__ = ["CustomToolParam", "CustomToolParamParam"]


class CustomToolParam(OagenModel):
    """A custom tool that processes input using a specified format. Learn more about   [custom tools](/docs/guides/function-calling#custom-tools)"""

    type: Literal["custom"]
    """The type of the custom tool. Always `custom`.

    Server default: ``"custom"``."""

    name: str
    """The name of the custom tool, used to identify it in tool calls."""

    description: str | None = None
    """Optional description of the custom tool, used to provide more context."""

    format: CustomToolParamFormat | None = None
    """The input format for the custom tool. Default is unconstrained text."""

    defer_loading: bool | None = None
    """Whether this tool should be deferred and discovered via tool search."""


class CustomToolParamParam(TypedDict, total=False):
    """Request form of :class:`CustomToolParam`: a dict a type checker can check."""

    type: Required[Literal["custom"]]
    """The type of the custom tool. Always `custom`."""

    name: Required[str]
    """The name of the custom tool, used to identify it in tool calls."""

    description: str
    """Optional description of the custom tool, used to provide more context."""

    format: CustomToolParamFormatParam
    """The input format for the custom tool. Default is unconstrained text."""

    defer_loading: bool
    """Whether this tool should be deferred and discovered via tool search."""
