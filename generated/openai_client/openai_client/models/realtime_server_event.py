"""RealtimeServerEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .realtime_server_event_conversation_created import RealtimeServerEventConversationCreated
from .realtime_server_event_conversation_item_added import RealtimeServerEventConversationItemAdded
from .realtime_server_event_conversation_item_created import (
    RealtimeServerEventConversationItemCreated,
)
from .realtime_server_event_conversation_item_deleted import (
    RealtimeServerEventConversationItemDeleted,
)
from .realtime_server_event_conversation_item_done import RealtimeServerEventConversationItemDone
from .realtime_server_event_conversation_item_input_audio_transcription_completed import (
    RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
)
from .realtime_server_event_conversation_item_input_audio_transcription_delta import (
    RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
)
from .realtime_server_event_conversation_item_input_audio_transcription_failed import (
    RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
)
from .realtime_server_event_conversation_item_input_audio_transcription_segment import (
    RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
)
from .realtime_server_event_conversation_item_retrieved import (
    RealtimeServerEventConversationItemRetrieved,
)
from .realtime_server_event_conversation_item_truncated import (
    RealtimeServerEventConversationItemTruncated,
)
from .realtime_server_event_error import RealtimeServerEventError
from .realtime_server_event_input_audio_buffer_cleared import (
    RealtimeServerEventInputAudioBufferCleared,
)
from .realtime_server_event_input_audio_buffer_committed import (
    RealtimeServerEventInputAudioBufferCommitted,
)
from .realtime_server_event_input_audio_buffer_dtmf_event_received import (
    RealtimeServerEventInputAudioBufferDtmfEventReceived,
)
from .realtime_server_event_input_audio_buffer_speech_started import (
    RealtimeServerEventInputAudioBufferSpeechStarted,
)
from .realtime_server_event_input_audio_buffer_speech_stopped import (
    RealtimeServerEventInputAudioBufferSpeechStopped,
)
from .realtime_server_event_input_audio_buffer_timeout_triggered import (
    RealtimeServerEventInputAudioBufferTimeoutTriggered,
)
from .realtime_server_event_mcp_list_tools_completed import RealtimeServerEventMCPListToolsCompleted
from .realtime_server_event_mcp_list_tools_failed import RealtimeServerEventMCPListToolsFailed
from .realtime_server_event_mcp_list_tools_in_progress import (
    RealtimeServerEventMCPListToolsInProgress,
)
from .realtime_server_event_output_audio_buffer_cleared import (
    RealtimeServerEventOutputAudioBufferCleared,
)
from .realtime_server_event_output_audio_buffer_started import (
    RealtimeServerEventOutputAudioBufferStarted,
)
from .realtime_server_event_output_audio_buffer_stopped import (
    RealtimeServerEventOutputAudioBufferStopped,
)
from .realtime_server_event_rate_limits_updated import RealtimeServerEventRateLimitsUpdated
from .realtime_server_event_response_audio_delta import RealtimeServerEventResponseAudioDelta
from .realtime_server_event_response_audio_done import RealtimeServerEventResponseAudioDone
from .realtime_server_event_response_audio_transcript_delta import (
    RealtimeServerEventResponseAudioTranscriptDelta,
)
from .realtime_server_event_response_audio_transcript_done import (
    RealtimeServerEventResponseAudioTranscriptDone,
)
from .realtime_server_event_response_content_part_added import (
    RealtimeServerEventResponseContentPartAdded,
)
from .realtime_server_event_response_content_part_done import (
    RealtimeServerEventResponseContentPartDone,
)
from .realtime_server_event_response_created import RealtimeServerEventResponseCreated
from .realtime_server_event_response_done import RealtimeServerEventResponseDone
from .realtime_server_event_response_function_call_arguments_delta import (
    RealtimeServerEventResponseFunctionCallArgumentsDelta,
)
from .realtime_server_event_response_function_call_arguments_done import (
    RealtimeServerEventResponseFunctionCallArgumentsDone,
)
from .realtime_server_event_response_mcp_call_arguments_delta import (
    RealtimeServerEventResponseMCPCallArgumentsDelta,
)
from .realtime_server_event_response_mcp_call_arguments_done import (
    RealtimeServerEventResponseMCPCallArgumentsDone,
)
from .realtime_server_event_response_mcp_call_completed import (
    RealtimeServerEventResponseMCPCallCompleted,
)
from .realtime_server_event_response_mcp_call_failed import RealtimeServerEventResponseMCPCallFailed
from .realtime_server_event_response_mcp_call_in_progress import (
    RealtimeServerEventResponseMCPCallInProgress,
)
from .realtime_server_event_response_output_item_added import (
    RealtimeServerEventResponseOutputItemAdded,
)
from .realtime_server_event_response_output_item_done import (
    RealtimeServerEventResponseOutputItemDone,
)
from .realtime_server_event_response_text_delta import RealtimeServerEventResponseTextDelta
from .realtime_server_event_response_text_done import RealtimeServerEventResponseTextDone
from .realtime_server_event_session_created import RealtimeServerEventSessionCreated
from .realtime_server_event_session_updated import RealtimeServerEventSessionUpdated

__all__ = ["RealtimeServerEvent"]

RealtimeServerEvent: TypeAlias = Annotated[
    Union[
        Annotated[
            RealtimeServerEventConversationCreated, Tag("RealtimeServerEventConversationCreated")
        ],
        Annotated[
            RealtimeServerEventConversationItemCreated,
            Tag("RealtimeServerEventConversationItemCreated"),
        ],
        Annotated[
            RealtimeServerEventConversationItemDeleted,
            Tag("RealtimeServerEventConversationItemDeleted"),
        ],
        Annotated[
            RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
            Tag("RealtimeServerEventConversationItemInputAudioTranscriptionCompleted"),
        ],
        Annotated[
            RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
            Tag("RealtimeServerEventConversationItemInputAudioTranscriptionDelta"),
        ],
        Annotated[
            RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
            Tag("RealtimeServerEventConversationItemInputAudioTranscriptionFailed"),
        ],
        Annotated[
            RealtimeServerEventConversationItemRetrieved,
            Tag("RealtimeServerEventConversationItemRetrieved"),
        ],
        Annotated[
            RealtimeServerEventConversationItemTruncated,
            Tag("RealtimeServerEventConversationItemTruncated"),
        ],
        Annotated[RealtimeServerEventError, Tag("RealtimeServerEventError")],
        Annotated[
            RealtimeServerEventInputAudioBufferCleared,
            Tag("RealtimeServerEventInputAudioBufferCleared"),
        ],
        Annotated[
            RealtimeServerEventInputAudioBufferCommitted,
            Tag("RealtimeServerEventInputAudioBufferCommitted"),
        ],
        Annotated[
            RealtimeServerEventInputAudioBufferDtmfEventReceived,
            Tag("RealtimeServerEventInputAudioBufferDtmfEventReceived"),
        ],
        Annotated[
            RealtimeServerEventInputAudioBufferSpeechStarted,
            Tag("RealtimeServerEventInputAudioBufferSpeechStarted"),
        ],
        Annotated[
            RealtimeServerEventInputAudioBufferSpeechStopped,
            Tag("RealtimeServerEventInputAudioBufferSpeechStopped"),
        ],
        Annotated[
            RealtimeServerEventRateLimitsUpdated, Tag("RealtimeServerEventRateLimitsUpdated")
        ],
        Annotated[
            RealtimeServerEventResponseAudioDelta, Tag("RealtimeServerEventResponseAudioDelta")
        ],
        Annotated[
            RealtimeServerEventResponseAudioDone, Tag("RealtimeServerEventResponseAudioDone")
        ],
        Annotated[
            RealtimeServerEventResponseAudioTranscriptDelta,
            Tag("RealtimeServerEventResponseAudioTranscriptDelta"),
        ],
        Annotated[
            RealtimeServerEventResponseAudioTranscriptDone,
            Tag("RealtimeServerEventResponseAudioTranscriptDone"),
        ],
        Annotated[
            RealtimeServerEventResponseContentPartAdded,
            Tag("RealtimeServerEventResponseContentPartAdded"),
        ],
        Annotated[
            RealtimeServerEventResponseContentPartDone,
            Tag("RealtimeServerEventResponseContentPartDone"),
        ],
        Annotated[RealtimeServerEventResponseCreated, Tag("RealtimeServerEventResponseCreated")],
        Annotated[RealtimeServerEventResponseDone, Tag("RealtimeServerEventResponseDone")],
        Annotated[
            RealtimeServerEventResponseFunctionCallArgumentsDelta,
            Tag("RealtimeServerEventResponseFunctionCallArgumentsDelta"),
        ],
        Annotated[
            RealtimeServerEventResponseFunctionCallArgumentsDone,
            Tag("RealtimeServerEventResponseFunctionCallArgumentsDone"),
        ],
        Annotated[
            RealtimeServerEventResponseOutputItemAdded,
            Tag("RealtimeServerEventResponseOutputItemAdded"),
        ],
        Annotated[
            RealtimeServerEventResponseOutputItemDone,
            Tag("RealtimeServerEventResponseOutputItemDone"),
        ],
        Annotated[
            RealtimeServerEventResponseTextDelta, Tag("RealtimeServerEventResponseTextDelta")
        ],
        Annotated[RealtimeServerEventResponseTextDone, Tag("RealtimeServerEventResponseTextDone")],
        Annotated[RealtimeServerEventSessionCreated, Tag("RealtimeServerEventSessionCreated")],
        Annotated[RealtimeServerEventSessionUpdated, Tag("RealtimeServerEventSessionUpdated")],
        Annotated[
            RealtimeServerEventOutputAudioBufferStarted,
            Tag("RealtimeServerEventOutputAudioBufferStarted"),
        ],
        Annotated[
            RealtimeServerEventOutputAudioBufferStopped,
            Tag("RealtimeServerEventOutputAudioBufferStopped"),
        ],
        Annotated[
            RealtimeServerEventOutputAudioBufferCleared,
            Tag("RealtimeServerEventOutputAudioBufferCleared"),
        ],
        Annotated[
            RealtimeServerEventConversationItemAdded,
            Tag("RealtimeServerEventConversationItemAdded"),
        ],
        Annotated[
            RealtimeServerEventConversationItemDone, Tag("RealtimeServerEventConversationItemDone")
        ],
        Annotated[
            RealtimeServerEventInputAudioBufferTimeoutTriggered,
            Tag("RealtimeServerEventInputAudioBufferTimeoutTriggered"),
        ],
        Annotated[
            RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
            Tag("RealtimeServerEventConversationItemInputAudioTranscriptionSegment"),
        ],
        Annotated[
            RealtimeServerEventMCPListToolsInProgress,
            Tag("RealtimeServerEventMCPListToolsInProgress"),
        ],
        Annotated[
            RealtimeServerEventMCPListToolsCompleted,
            Tag("RealtimeServerEventMCPListToolsCompleted"),
        ],
        Annotated[
            RealtimeServerEventMCPListToolsFailed, Tag("RealtimeServerEventMCPListToolsFailed")
        ],
        Annotated[
            RealtimeServerEventResponseMCPCallArgumentsDelta,
            Tag("RealtimeServerEventResponseMCPCallArgumentsDelta"),
        ],
        Annotated[
            RealtimeServerEventResponseMCPCallArgumentsDone,
            Tag("RealtimeServerEventResponseMCPCallArgumentsDone"),
        ],
        Annotated[
            RealtimeServerEventResponseMCPCallInProgress,
            Tag("RealtimeServerEventResponseMCPCallInProgress"),
        ],
        Annotated[
            RealtimeServerEventResponseMCPCallCompleted,
            Tag("RealtimeServerEventResponseMCPCallCompleted"),
        ],
        Annotated[
            RealtimeServerEventResponseMCPCallFailed,
            Tag("RealtimeServerEventResponseMCPCallFailed"),
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "conversation.created": "RealtimeServerEventConversationCreated",
            "conversation.item.created": "RealtimeServerEventConversationItemCreated",
            "conversation.item.deleted": "RealtimeServerEventConversationItemDeleted",
            "conversation.item.input_audio_transcription.completed": "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
            "conversation.item.input_audio_transcription.delta": "RealtimeServerEventConversationItemInputAudioTranscriptionDelta",
            "conversation.item.input_audio_transcription.failed": "RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
            "conversation.item.retrieved": "RealtimeServerEventConversationItemRetrieved",
            "conversation.item.truncated": "RealtimeServerEventConversationItemTruncated",
            "error": "RealtimeServerEventError",
            "input_audio_buffer.cleared": "RealtimeServerEventInputAudioBufferCleared",
            "input_audio_buffer.committed": "RealtimeServerEventInputAudioBufferCommitted",
            "input_audio_buffer.dtmf_event_received": "RealtimeServerEventInputAudioBufferDtmfEventReceived",
            "input_audio_buffer.speech_started": "RealtimeServerEventInputAudioBufferSpeechStarted",
            "input_audio_buffer.speech_stopped": "RealtimeServerEventInputAudioBufferSpeechStopped",
            "rate_limits.updated": "RealtimeServerEventRateLimitsUpdated",
            "response.output_audio.delta": "RealtimeServerEventResponseAudioDelta",
            "response.output_audio.done": "RealtimeServerEventResponseAudioDone",
            "response.output_audio_transcript.delta": "RealtimeServerEventResponseAudioTranscriptDelta",
            "response.output_audio_transcript.done": "RealtimeServerEventResponseAudioTranscriptDone",
            "response.content_part.added": "RealtimeServerEventResponseContentPartAdded",
            "response.content_part.done": "RealtimeServerEventResponseContentPartDone",
            "response.created": "RealtimeServerEventResponseCreated",
            "response.done": "RealtimeServerEventResponseDone",
            "response.function_call_arguments.delta": "RealtimeServerEventResponseFunctionCallArgumentsDelta",
            "response.function_call_arguments.done": "RealtimeServerEventResponseFunctionCallArgumentsDone",
            "response.output_item.added": "RealtimeServerEventResponseOutputItemAdded",
            "response.output_item.done": "RealtimeServerEventResponseOutputItemDone",
            "response.output_text.delta": "RealtimeServerEventResponseTextDelta",
            "response.output_text.done": "RealtimeServerEventResponseTextDone",
            "session.created": "RealtimeServerEventSessionCreated",
            "session.updated": "RealtimeServerEventSessionUpdated",
            "output_audio_buffer.started": "RealtimeServerEventOutputAudioBufferStarted",
            "output_audio_buffer.stopped": "RealtimeServerEventOutputAudioBufferStopped",
            "output_audio_buffer.cleared": "RealtimeServerEventOutputAudioBufferCleared",
            "conversation.item.added": "RealtimeServerEventConversationItemAdded",
            "conversation.item.done": "RealtimeServerEventConversationItemDone",
            "input_audio_buffer.timeout_triggered": "RealtimeServerEventInputAudioBufferTimeoutTriggered",
            "conversation.item.input_audio_transcription.segment": "RealtimeServerEventConversationItemInputAudioTranscriptionSegment",
            "mcp_list_tools.in_progress": "RealtimeServerEventMCPListToolsInProgress",
            "mcp_list_tools.completed": "RealtimeServerEventMCPListToolsCompleted",
            "mcp_list_tools.failed": "RealtimeServerEventMCPListToolsFailed",
            "response.mcp_call_arguments.delta": "RealtimeServerEventResponseMCPCallArgumentsDelta",
            "response.mcp_call_arguments.done": "RealtimeServerEventResponseMCPCallArgumentsDone",
            "response.mcp_call.in_progress": "RealtimeServerEventResponseMCPCallInProgress",
            "response.mcp_call.completed": "RealtimeServerEventResponseMCPCallCompleted",
            "response.mcp_call.failed": "RealtimeServerEventResponseMCPCallFailed",
        },
    ),
]
"""A realtime server event."""
