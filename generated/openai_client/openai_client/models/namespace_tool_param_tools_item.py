"""NamespaceToolParamToolsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .custom_tool_param import CustomToolParam, CustomToolParamParam
from .function_tool_param import FunctionToolParam, FunctionToolParamParam

__all__ = ["NamespaceToolParamToolsItem", "NamespaceToolParamToolsItemParam"]

NamespaceToolParamToolsItem: TypeAlias = Annotated[
    Union[
        Annotated[FunctionToolParam, Tag("FunctionToolParam")],
        Annotated[CustomToolParam, Tag("CustomToolParam")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged("type", {"function": "FunctionToolParam", "custom": "CustomToolParam"}),
]
"""A function or custom tool that belongs to a namespace."""


NamespaceToolParamToolsItemParam: TypeAlias = (
    FunctionToolParamParam | FunctionToolParam | CustomToolParamParam | CustomToolParam
)
"""Request form of :class:`NamespaceToolParamToolsItem`: a dict a type checker can check."""
