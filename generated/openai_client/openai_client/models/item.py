"""Item."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .apply_patch_tool_call_item_param import (
    ApplyPatchToolCallItemParam,
    ApplyPatchToolCallItemParamParam,
)
from .apply_patch_tool_call_output_item_param import (
    ApplyPatchToolCallOutputItemParam,
    ApplyPatchToolCallOutputItemParamParam,
)
from .code_interpreter_tool_call import CodeInterpreterToolCall, CodeInterpreterToolCallParam
from .compaction_summary_item_param import (
    CompactionSummaryItemParam,
    CompactionSummaryItemParamParam,
)
from .computer_call_output_item_param import (
    ComputerCallOutputItemParam,
    ComputerCallOutputItemParamParam,
)
from .computer_tool_call import ComputerToolCall, ComputerToolCallParam
from .custom_tool_call import CustomToolCall, CustomToolCallParam
from .custom_tool_call_output import CustomToolCallOutput, CustomToolCallOutputParam
from .file_search_tool_call import FileSearchToolCall, FileSearchToolCallParam
from .function_call_output_item_param import (
    FunctionCallOutputItemParam,
    FunctionCallOutputItemParamParam,
)
from .function_shell_call_item_param import (
    FunctionShellCallItemParam,
    FunctionShellCallItemParamParam,
)
from .function_shell_call_output_item_param import (
    FunctionShellCallOutputItemParam,
    FunctionShellCallOutputItemParamParam,
)
from .function_tool_call import FunctionToolCall, FunctionToolCallParam
from .image_gen_tool_call import ImageGenToolCall, ImageGenToolCallParam
from .input_message import InputMessage, InputMessageParam
from .local_shell_tool_call import LocalShellToolCall, LocalShellToolCallParam
from .local_shell_tool_call_output import LocalShellToolCallOutput, LocalShellToolCallOutputParam
from .mcp_approval_request import MCPApprovalRequest, MCPApprovalRequestParam
from .mcp_approval_response import MCPApprovalResponse, MCPApprovalResponseParam
from .mcp_list_tools import MCPListTools, MCPListToolsParam
from .mcp_tool_call import MCPToolCall, MCPToolCallParam
from .output_message import OutputMessage, OutputMessageParam
from .reasoning_item import ReasoningItem, ReasoningItemParam
from .tool_search_call_item_param import ToolSearchCallItemParam, ToolSearchCallItemParamParam
from .tool_search_output_item_param import ToolSearchOutputItemParam, ToolSearchOutputItemParamParam
from .web_search_tool_call import WebSearchToolCall, WebSearchToolCallParam

__all__ = ["Item", "ItemParam"]

Item: TypeAlias = Annotated[
    Union[
        Annotated[InputMessage | OutputMessage, Tag("InputMessage | OutputMessage")],
        Annotated[FileSearchToolCall, Tag("FileSearchToolCall")],
        Annotated[ComputerToolCall, Tag("ComputerToolCall")],
        Annotated[ComputerCallOutputItemParam, Tag("ComputerCallOutputItemParam")],
        Annotated[WebSearchToolCall, Tag("WebSearchToolCall")],
        Annotated[FunctionToolCall, Tag("FunctionToolCall")],
        Annotated[FunctionCallOutputItemParam, Tag("FunctionCallOutputItemParam")],
        Annotated[ToolSearchCallItemParam, Tag("ToolSearchCallItemParam")],
        Annotated[ToolSearchOutputItemParam, Tag("ToolSearchOutputItemParam")],
        Annotated[ReasoningItem, Tag("ReasoningItem")],
        Annotated[CompactionSummaryItemParam, Tag("CompactionSummaryItemParam")],
        Annotated[ImageGenToolCall, Tag("ImageGenToolCall")],
        Annotated[CodeInterpreterToolCall, Tag("CodeInterpreterToolCall")],
        Annotated[LocalShellToolCall, Tag("LocalShellToolCall")],
        Annotated[LocalShellToolCallOutput, Tag("LocalShellToolCallOutput")],
        Annotated[FunctionShellCallItemParam, Tag("FunctionShellCallItemParam")],
        Annotated[FunctionShellCallOutputItemParam, Tag("FunctionShellCallOutputItemParam")],
        Annotated[ApplyPatchToolCallItemParam, Tag("ApplyPatchToolCallItemParam")],
        Annotated[ApplyPatchToolCallOutputItemParam, Tag("ApplyPatchToolCallOutputItemParam")],
        Annotated[MCPListTools, Tag("MCPListTools")],
        Annotated[MCPApprovalRequest, Tag("MCPApprovalRequest")],
        Annotated[MCPApprovalResponse, Tag("MCPApprovalResponse")],
        Annotated[MCPToolCall, Tag("MCPToolCall")],
        Annotated[CustomToolCallOutput, Tag("CustomToolCallOutput")],
        Annotated[CustomToolCall, Tag("CustomToolCall")],
        Annotated[InputMessage, Tag("InputMessage")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "message": "InputMessage | OutputMessage",
            "file_search_call": "FileSearchToolCall",
            "computer_call": "ComputerToolCall",
            "computer_call_output": "ComputerCallOutputItemParam",
            "web_search_call": "WebSearchToolCall",
            "function_call": "FunctionToolCall",
            "function_call_output": "FunctionCallOutputItemParam",
            "tool_search_call": "ToolSearchCallItemParam",
            "tool_search_output": "ToolSearchOutputItemParam",
            "reasoning": "ReasoningItem",
            "compaction": "CompactionSummaryItemParam",
            "image_generation_call": "ImageGenToolCall",
            "code_interpreter_call": "CodeInterpreterToolCall",
            "local_shell_call": "LocalShellToolCall",
            "local_shell_call_output": "LocalShellToolCallOutput",
            "shell_call": "FunctionShellCallItemParam",
            "shell_call_output": "FunctionShellCallOutputItemParam",
            "apply_patch_call": "ApplyPatchToolCallItemParam",
            "apply_patch_call_output": "ApplyPatchToolCallOutputItemParam",
            "mcp_list_tools": "MCPListTools",
            "mcp_approval_request": "MCPApprovalRequest",
            "mcp_approval_response": "MCPApprovalResponse",
            "mcp_call": "MCPToolCall",
            "custom_tool_call_output": "CustomToolCallOutput",
            "custom_tool_call": "CustomToolCall",
        },
        default="InputMessage",
    ),
]
"""Content item used to generate a response."""


ItemParam: TypeAlias = (
    InputMessageParam
    | InputMessage
    | OutputMessageParam
    | OutputMessage
    | FileSearchToolCallParam
    | FileSearchToolCall
    | ComputerToolCallParam
    | ComputerToolCall
    | ComputerCallOutputItemParamParam
    | ComputerCallOutputItemParam
    | WebSearchToolCallParam
    | WebSearchToolCall
    | FunctionToolCallParam
    | FunctionToolCall
    | FunctionCallOutputItemParamParam
    | FunctionCallOutputItemParam
    | ToolSearchCallItemParamParam
    | ToolSearchCallItemParam
    | ToolSearchOutputItemParamParam
    | ToolSearchOutputItemParam
    | ReasoningItemParam
    | ReasoningItem
    | CompactionSummaryItemParamParam
    | CompactionSummaryItemParam
    | ImageGenToolCallParam
    | ImageGenToolCall
    | CodeInterpreterToolCallParam
    | CodeInterpreterToolCall
    | LocalShellToolCallParam
    | LocalShellToolCall
    | LocalShellToolCallOutputParam
    | LocalShellToolCallOutput
    | FunctionShellCallItemParamParam
    | FunctionShellCallItemParam
    | FunctionShellCallOutputItemParamParam
    | FunctionShellCallOutputItemParam
    | ApplyPatchToolCallItemParamParam
    | ApplyPatchToolCallItemParam
    | ApplyPatchToolCallOutputItemParamParam
    | ApplyPatchToolCallOutputItemParam
    | MCPListToolsParam
    | MCPListTools
    | MCPApprovalRequestParam
    | MCPApprovalRequest
    | MCPApprovalResponseParam
    | MCPApprovalResponse
    | MCPToolCallParam
    | MCPToolCall
    | CustomToolCallOutputParam
    | CustomToolCallOutput
    | CustomToolCallParam
    | CustomToolCall
)
"""Request form of :class:`Item`: a dict a type checker can check."""
