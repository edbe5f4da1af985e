"""Tool."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .apply_patch_tool_param import ApplyPatchToolParam
from .code_interpreter_tool import CodeInterpreterTool
from .computer_tool import ComputerTool
from .computer_use_preview_tool import ComputerUsePreviewTool
from .custom_tool_param import CustomToolParam
from .file_search_tool import FileSearchTool
from .function_shell_tool_param import FunctionShellToolParam
from .function_tool import FunctionTool
from .image_gen_tool import ImageGenTool
from .local_shell_tool_param import LocalShellToolParam
from .mcp_tool import MCPTool
from .namespace_tool_param import NamespaceToolParam
from .tool_search_tool_param import ToolSearchToolParam
from .web_search_preview_tool import WebSearchPreviewTool
from .web_search_tool import WebSearchTool

__all__ = ["Tool"]

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
