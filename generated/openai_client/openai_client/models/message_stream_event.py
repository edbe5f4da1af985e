"""MessageStreamEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .message_stream_event_thread_message_completed import MessageStreamEventThreadMessageCompleted
from .message_stream_event_thread_message_created import MessageStreamEventThreadMessageCreated
from .message_stream_event_thread_message_delta import MessageStreamEventThreadMessageDelta
from .message_stream_event_thread_message_in_progress import (
    MessageStreamEventThreadMessageInProgress,
)
from .message_stream_event_thread_message_incomplete import (
    MessageStreamEventThreadMessageIncomplete,
)

__all__ = ["MessageStreamEvent"]

MessageStreamEvent: TypeAlias = Annotated[
    Union[
        Annotated[
            MessageStreamEventThreadMessageCreated, Tag("MessageStreamEventThreadMessageCreated")
        ],
        Annotated[
            MessageStreamEventThreadMessageInProgress,
            Tag("MessageStreamEventThreadMessageInProgress"),
        ],
        Annotated[
            MessageStreamEventThreadMessageDelta, Tag("MessageStreamEventThreadMessageDelta")
        ],
        Annotated[
            MessageStreamEventThreadMessageCompleted,
            Tag("MessageStreamEventThreadMessageCompleted"),
        ],
        Annotated[
            MessageStreamEventThreadMessageIncomplete,
            Tag("MessageStreamEventThreadMessageIncomplete"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "event",
        {
            "thread.message.created": "MessageStreamEventThreadMessageCreated",
            "thread.message.in_progress": "MessageStreamEventThreadMessageInProgress",
            "thread.message.delta": "MessageStreamEventThreadMessageDelta",
            "thread.message.completed": "MessageStreamEventThreadMessageCompleted",
            "thread.message.incomplete": "MessageStreamEventThreadMessageIncomplete",
        },
    ),
]
