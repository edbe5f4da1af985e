"""ThreadItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .assistant_message_item import AssistantMessageItem
from .client_tool_call_item import ClientToolCallItem
from .task_group_item import TaskGroupItem
from .task_item import TaskItem
from .user_message_item import UserMessageItem
from .widget_message_item import WidgetMessageItem

__all__ = ["ThreadItem"]

ThreadItem: TypeAlias = Annotated[
    Union[
        Annotated[UserMessageItem, Tag("UserMessageItem")],
        Annotated[AssistantMessageItem, Tag("AssistantMessageItem")],
        Annotated[WidgetMessageItem, Tag("WidgetMessageItem")],
        Annotated[ClientToolCallItem, Tag("ClientToolCallItem")],
        Annotated[TaskItem, Tag("TaskItem")],
        Annotated[TaskGroupItem, Tag("TaskGroupItem")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "chatkit.user_message": "UserMessageItem",
            "chatkit.assistant_message": "AssistantMessageItem",
            "chatkit.widget": "WidgetMessageItem",
            "chatkit.client_tool_call": "ClientToolCallItem",
            "chatkit.task": "TaskItem",
            "chatkit.task_group": "TaskGroupItem",
        },
    ),
]
"""The thread item"""
