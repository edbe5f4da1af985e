"""RealtimeConversationItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
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

RealtimeConversationItem: TypeAlias = Annotated[
    Union[
        Annotated[
            RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeConversationItemMessageAssistant,
            Tag(
                "RealtimeConversationItemMessageSystem | RealtimeConversationItemMessageUser | RealtimeConversationItemMessageAssistant"
            ),
        ],
        Annotated[
            RealtimeConversationItemFunctionCall, Tag("RealtimeConversationItemFunctionCall")
        ],
        Annotated[
            RealtimeConversationItemFunctionCallOutput,
            Tag("RealtimeConversationItemFunctionCallOutput"),
        ],
        Annotated[RealtimeMCPApprovalResponse, Tag("RealtimeMCPApprovalResponse")],
        Annotated[RealtimeMCPListTools, Tag("RealtimeMCPListTools")],
        Annotated[RealtimeMCPToolCall, Tag("RealtimeMCPToolCall")],
        Annotated[RealtimeMCPApprovalRequest, Tag("RealtimeMCPApprovalRequest")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "message": "RealtimeConversationItemMessageSystem | RealtimeConversationItemMessageUser | RealtimeConversationItemMessageAssistant",
            "function_call": "RealtimeConversationItemFunctionCall",
            "function_call_output": "RealtimeConversationItemFunctionCallOutput",
            "mcp_approval_response": "RealtimeMCPApprovalResponse",
            "mcp_list_tools": "RealtimeMCPListTools",
            "mcp_call": "RealtimeMCPToolCall",
            "mcp_approval_request": "RealtimeMCPApprovalRequest",
        },
    ),
]
"""A single item within a Realtime conversation."""
