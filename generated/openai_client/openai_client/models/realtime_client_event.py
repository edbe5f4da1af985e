"""RealtimeClientEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .realtime_client_event_conversation_item_create import (
    RealtimeClientEventConversationItemCreate,
)
from .realtime_client_event_conversation_item_delete import (
    RealtimeClientEventConversationItemDelete,
)
from .realtime_client_event_conversation_item_retrieve import (
    RealtimeClientEventConversationItemRetrieve,
)
from .realtime_client_event_conversation_item_truncate import (
    RealtimeClientEventConversationItemTruncate,
)
from .realtime_client_event_input_audio_buffer_append import (
    RealtimeClientEventInputAudioBufferAppend,
)
from .realtime_client_event_input_audio_buffer_clear import RealtimeClientEventInputAudioBufferClear
from .realtime_client_event_input_audio_buffer_commit import (
    RealtimeClientEventInputAudioBufferCommit,
)
from .realtime_client_event_output_audio_buffer_clear import (
    RealtimeClientEventOutputAudioBufferClear,
)
from .realtime_client_event_response_cancel import RealtimeClientEventResponseCancel
from .realtime_client_event_response_create import RealtimeClientEventResponseCreate
from .realtime_client_event_session_update import RealtimeClientEventSessionUpdate

__all__ = ["RealtimeClientEvent"]

RealtimeClientEvent: TypeAlias = Annotated[
    Union[
        Annotated[
            RealtimeClientEventConversationItemCreate,
            Tag("RealtimeClientEventConversationItemCreate"),
        ],
        Annotated[
            RealtimeClientEventConversationItemDelete,
            Tag("RealtimeClientEventConversationItemDelete"),
        ],
        Annotated[
            RealtimeClientEventConversationItemRetrieve,
            Tag("RealtimeClientEventConversationItemRetrieve"),
        ],
        Annotated[
            RealtimeClientEventConversationItemTruncate,
            Tag("RealtimeClientEventConversationItemTruncate"),
        ],
        Annotated[
            RealtimeClientEventInputAudioBufferAppend,
            Tag("RealtimeClientEventInputAudioBufferAppend"),
        ],
        Annotated[
            RealtimeClientEventInputAudioBufferClear,
            Tag("RealtimeClientEventInputAudioBufferClear"),
        ],
        Annotated[
            RealtimeClientEventOutputAudioBufferClear,
            Tag("RealtimeClientEventOutputAudioBufferClear"),
        ],
        Annotated[
            RealtimeClientEventInputAudioBufferCommit,
            Tag("RealtimeClientEventInputAudioBufferCommit"),
        ],
        Annotated[RealtimeClientEventResponseCancel, Tag("RealtimeClientEventResponseCancel")],
        Annotated[RealtimeClientEventResponseCreate, Tag("RealtimeClientEventResponseCreate")],
        Annotated[RealtimeClientEventSessionUpdate, Tag("RealtimeClientEventSessionUpdate")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "conversation.item.create": "RealtimeClientEventConversationItemCreate",
            "conversation.item.delete": "RealtimeClientEventConversationItemDelete",
            "conversation.item.retrieve": "RealtimeClientEventConversationItemRetrieve",
            "conversation.item.truncate": "RealtimeClientEventConversationItemTruncate",
            "input_audio_buffer.append": "RealtimeClientEventInputAudioBufferAppend",
            "input_audio_buffer.clear": "RealtimeClientEventInputAudioBufferClear",
            "output_audio_buffer.clear": "RealtimeClientEventOutputAudioBufferClear",
            "input_audio_buffer.commit": "RealtimeClientEventInputAudioBufferCommit",
            "response.cancel": "RealtimeClientEventResponseCancel",
            "response.create": "RealtimeClientEventResponseCreate",
            "session.update": "RealtimeClientEventSessionUpdate",
        },
    ),
]
"""A realtime client event."""
