"""RealtimeConversationItem."""

from __future__ import annotations

from typing import TypeAlias

from .realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
from .realtime_conversation_item_function_call_output import (
    RealtimeConversationItemFunctionCallOutput,
)
from .realtime_conversation_item_message_assistant import RealtimeConversationItemMessageAssistant
from .realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem
from .realtime_conversation_item_message_user import RealtimeConversationItemMessageUser
from .realtime_mcp_approval_request import RealtimeMCPApprovalRequest
from .realtime_mcp_approval_response import RealtimeMCPApprovalResponse
from .realtime_mcp_list_tools import RealtimeMCPListTools
from .realtime_mcp_tool_call import RealtimeMCPToolCall

__all__ = ["RealtimeConversationItem"]

RealtimeConversationItem: TypeAlias = (
    RealtimeConversationItemMessageSystem
    | RealtimeConversationItemMessageUser
    | RealtimeConversationItemMessageAssistant
    | RealtimeConversationItemFunctionCall
    | RealtimeConversationItemFunctionCallOutput
    | RealtimeMCPApprovalResponse
    | RealtimeMCPListTools
    | RealtimeMCPToolCall
    | RealtimeMCPApprovalRequest
)
"""A single item within a Realtime conversation."""
