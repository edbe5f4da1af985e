"""Tool."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .apply_patch_tool_param import ApplyPatchToolParam, ApplyPatchToolParamParam
from .code_interpreter_tool import CodeInterpreterTool, CodeInterpreterToolParam
from .computer_tool import ComputerTool, ComputerToolParam
from .computer_use_preview_tool import ComputerUsePreviewTool, ComputerUsePreviewToolParam
from .custom_tool_param import CustomToolParam, CustomToolParamParam
from .file_search_tool import FileSearchTool, FileSearchToolParam
from .function_shell_tool_param import FunctionShellToolParam, FunctionShellToolParamParam
from .function_tool import FunctionTool, FunctionToolParam2
from .image_gen_tool import ImageGenTool, ImageGenToolParam
from .local_shell_tool_param import LocalShellToolParam, LocalShellToolParamParam
from .mcp_tool import MCPTool, MCPToolParam
from .namespace_tool_param import NamespaceToolParam, NamespaceToolParamParam
from .tool_search_tool_param import ToolSearchToolParam, ToolSearchToolParamParam
from .web_search_preview_tool import WebSearchPreviewTool, WebSearchPreviewToolParam
from .web_search_tool import WebSearchTool, WebSearchToolParam

__all__ = ["Tool", "ToolParam"]

Tool: TypeAlias = Annotated[
    Union[
        Annotated[FunctionTool, Tag("FunctionTool")],
        Annotated[FileSearchTool, Tag("FileSearchTool")],
        Annotated[ComputerTool, Tag("ComputerTool")],
        Annotated[ComputerUsePreviewTool, Tag("ComputerUsePreviewTool")],
        Annotated[WebSearchTool, Tag("WebSearchTool")],
        Annotated[MCPTool, Tag("MCPTool")],
        Annotated[CodeInterpreterTool, Tag("CodeInterpreterTool")],
        Annotated[ImageGenTool, Tag("ImageGenTool")],
        Annotated[LocalShellToolParam, Tag("LocalShellToolParam")],
        Annotated[FunctionShellToolParam, Tag("FunctionShellToolParam")],
        Annotated[CustomToolParam, Tag("CustomToolParam")],
        Annotated[NamespaceToolParam, Tag("NamespaceToolParam")],
        Annotated[ToolSearchToolParam, Tag("ToolSearchToolParam")],
        Annotated[WebSearchPreviewTool, Tag("WebSearchPreviewTool")],
        Annotated[ApplyPatchToolParam, Tag("ApplyPatchToolParam")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "function": "FunctionTool",
            "file_search": "FileSearchTool",
            "computer": "ComputerTool",
            "computer_use_preview": "ComputerUsePreviewTool",
            "web_search": "WebSearchTool",
            "web_search_2025_08_26": "WebSearchTool",
            "mcp": "MCPTool",
            "code_interpreter": "CodeInterpreterTool",
            "image_generation": "ImageGenTool",
            "local_shell": "LocalShellToolParam",
            "shell": "FunctionShellToolParam",
            "custom": "CustomToolParam",
            "namespace": "NamespaceToolParam",
            "tool_search": "ToolSearchToolParam",
            "web_search_preview": "WebSearchPreviewTool",
            "web_search_preview_2025_03_11": "WebSearchPreviewTool",
            "apply_patch": "ApplyPatchToolParam",
        },
    ),
]
"""A tool that can be used to generate a response."""


ToolParam: TypeAlias = (
    FunctionToolParam2
    | FunctionTool
    | FileSearchToolParam
    | FileSearchTool
    | ComputerToolParam
    | ComputerTool
    | ComputerUsePreviewToolParam
    | ComputerUsePreviewTool
    | WebSearchToolParam
    | WebSearchTool
    | MCPToolParam
    | MCPTool
    | CodeInterpreterToolParam
    | CodeInterpreterTool
    | ImageGenToolParam
    | ImageGenTool
    | LocalShellToolParamParam
    | LocalShellToolParam
    | FunctionShellToolParamParam
    | FunctionShellToolParam
    | CustomToolParamParam
    | CustomToolParam
    | NamespaceToolParamParam
    | NamespaceToolParam
    | ToolSearchToolParamParam
    | ToolSearchToolParam
    | WebSearchPreviewToolParam
    | WebSearchPreviewTool
    | ApplyPatchToolParamParam
    | ApplyPatchToolParam
)
"""Request form of :class:`Tool`: a dict a type checker can check."""
