"""InputItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .compaction_trigger_item_param import (
    CompactionTriggerItemParam,
    CompactionTriggerItemParamParam,
)
from .easy_input_message import EasyInputMessage, EasyInputMessageParam
from .item import Item, ItemParam
from .item_reference_param import ItemReferenceParam, ItemReferenceParamParam

__all__ = ["InputItem", "InputItemParam"]

InputItem: TypeAlias = Annotated[
    Union[
        Annotated[EasyInputMessage | Item, Tag("EasyInputMessage | Item")],
        Annotated[Item, Tag("Item")],
        Annotated[CompactionTriggerItemParam, Tag("CompactionTriggerItemParam")],
        Annotated[ItemReferenceParam, Tag("ItemReferenceParam")],
        Annotated[
            EasyInputMessage | ItemReferenceParam, Tag("EasyInputMessage | ItemReferenceParam")
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "message": "EasyInputMessage | Item",
            "file_search_call": "Item",
            "computer_call": "Item",
            "computer_call_output": "Item",
            "web_search_call": "Item",
            "function_call": "Item",
            "function_call_output": "Item",
            "tool_search_call": "Item",
            "tool_search_output": "Item",
            "reasoning": "Item",
            "compaction": "Item",
            "image_generation_call": "Item",
            "code_interpreter_call": "Item",
            "local_shell_call": "Item",
            "local_shell_call_output": "Item",
            "shell_call": "Item",
            "shell_call_output": "Item",
            "apply_patch_call": "Item",
            "apply_patch_call_output": "Item",
            "mcp_list_tools": "Item",
            "mcp_approval_request": "Item",
            "mcp_approval_response": "Item",
            "mcp_call": "Item",
            "custom_tool_call_output": "Item",
            "custom_tool_call": "Item",
            "compaction_trigger": "CompactionTriggerItemParam",
            "item_reference": "ItemReferenceParam",
        },
        default="EasyInputMessage | ItemReferenceParam",
    ),
]


InputItemParam: TypeAlias = (
    EasyInputMessageParam
    | EasyInputMessage
    | ItemParam
    | CompactionTriggerItemParamParam
    | CompactionTriggerItemParam
    | ItemReferenceParamParam
    | ItemReferenceParam
)
"""Request form of :class:`InputItem`: a dict a type checker can check."""
