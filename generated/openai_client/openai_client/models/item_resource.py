"""ItemResource."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .apply_patch_tool_call import ApplyPatchToolCall
from .apply_patch_tool_call_output import ApplyPatchToolCallOutput
from .code_interpreter_tool_call import CodeInterpreterToolCall
from .compaction_body import CompactionBody
from .computer_tool_call import ComputerToolCall
from .computer_tool_call_output_resource import ComputerToolCallOutputResource
from .custom_tool_call_output_resource import CustomToolCallOutputResource
from .custom_tool_call_resource import CustomToolCallResource
from .file_search_tool_call import FileSearchToolCall
from .function_shell_call import FunctionShellCall
from .function_shell_call_output import FunctionShellCallOutput
from .function_tool_call_output_resource import FunctionToolCallOutputResource
from .function_tool_call_resource import FunctionToolCallResource
from .image_gen_tool_call import ImageGenToolCall
from .input_message_resource import InputMessageResource
from .local_shell_tool_call import LocalShellToolCall
from .local_shell_tool_call_output import LocalShellToolCallOutput
from .mcp_approval_request import MCPApprovalRequest
from .mcp_approval_response_resource import MCPApprovalResponseResource
from .mcp_list_tools import MCPListTools
from .mcp_tool_call import MCPToolCall
from .output_message import OutputMessage
from .reasoning_item import ReasoningItem
from .tool_search_call import ToolSearchCall
from .tool_search_output import ToolSearchOutput
from .web_search_tool_call import WebSearchToolCall

__all__ = ["ItemResource"]

ItemResource: TypeAlias = Annotated[
    Union[
        Annotated[
            InputMessageResource | OutputMessage, Tag("InputMessageResource | OutputMessage")
        ],
        Annotated[FileSearchToolCall, Tag("FileSearchToolCall")],
        Annotated[ComputerToolCall, Tag("ComputerToolCall")],
        Annotated[ComputerToolCallOutputResource, Tag("ComputerToolCallOutputResource")],
        Annotated[WebSearchToolCall, Tag("WebSearchToolCall")],
        Annotated[FunctionToolCallResource, Tag("FunctionToolCallResource")],
        Annotated[FunctionToolCallOutputResource, Tag("FunctionToolCallOutputResource")],
        Annotated[ToolSearchCall, Tag("ToolSearchCall")],
        Annotated[ToolSearchOutput, Tag("ToolSearchOutput")],
        Annotated[ReasoningItem, Tag("ReasoningItem")],
        Annotated[CompactionBody, Tag("CompactionBody")],
        Annotated[ImageGenToolCall, Tag("ImageGenToolCall")],
        Annotated[CodeInterpreterToolCall, Tag("CodeInterpreterToolCall")],
        Annotated[LocalShellToolCall, Tag("LocalShellToolCall")],
        Annotated[LocalShellToolCallOutput, Tag("LocalShellToolCallOutput")],
        Annotated[FunctionShellCall, Tag("FunctionShellCall")],
        Annotated[FunctionShellCallOutput, Tag("FunctionShellCallOutput")],
        Annotated[ApplyPatchToolCall, Tag("ApplyPatchToolCall")],
        Annotated[ApplyPatchToolCallOutput, Tag("ApplyPatchToolCallOutput")],
        Annotated[MCPListTools, Tag("MCPListTools")],
        Annotated[MCPApprovalRequest, Tag("MCPApprovalRequest")],
        Annotated[MCPApprovalResponseResource, Tag("MCPApprovalResponseResource")],
        Annotated[MCPToolCall, Tag("MCPToolCall")],
        Annotated[CustomToolCallResource, Tag("CustomToolCallResource")],
        Annotated[CustomToolCallOutputResource, Tag("CustomToolCallOutputResource")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "message": "InputMessageResource | OutputMessage",
            "file_search_call": "FileSearchToolCall",
            "computer_call": "ComputerToolCall",
            "computer_call_output": "ComputerToolCallOutputResource",
            "web_search_call": "WebSearchToolCall",
            "function_call": "FunctionToolCallResource",
            "function_call_output": "FunctionToolCallOutputResource",
            "tool_search_call": "ToolSearchCall",
            "tool_search_output": "ToolSearchOutput",
            "reasoning": "ReasoningItem",
            "compaction": "CompactionBody",
            "image_generation_call": "ImageGenToolCall",
            "code_interpreter_call": "CodeInterpreterToolCall",
            "local_shell_call": "LocalShellToolCall",
            "local_shell_call_output": "LocalShellToolCallOutput",
            "shell_call": "FunctionShellCall",
            "shell_call_output": "FunctionShellCallOutput",
            "apply_patch_call": "ApplyPatchToolCall",
            "apply_patch_call_output": "ApplyPatchToolCallOutput",
            "mcp_list_tools": "MCPListTools",
            "mcp_approval_request": "MCPApprovalRequest",
            "mcp_approval_response": "MCPApprovalResponseResource",
            "mcp_call": "MCPToolCall",
            "custom_tool_call": "CustomToolCallResource",
            "custom_tool_call_output": "CustomToolCallOutputResource",
        },
    ),
]
"""Content item used to generate a response."""
