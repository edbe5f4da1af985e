"""ItemResource."""

from __future__ import annotations

from typing import TypeAlias

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

ItemResource: TypeAlias = (
    InputMessageResource
    | OutputMessage
    | FileSearchToolCall
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | WebSearchToolCall
    | FunctionToolCallResource
    | FunctionToolCallOutputResource
    | ToolSearchCall
    | ToolSearchOutput
    | ReasoningItem
    | CompactionBody
    | ImageGenToolCall
    | CodeInterpreterToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | FunctionShellCall
    | FunctionShellCallOutput
    | ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | MCPListTools
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPToolCall
    | CustomToolCallResource
    | CustomToolCallOutputResource
)
"""Content item used to generate a response."""
