"""ResponseStreamEvent."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .response_audio_delta_event import ResponseAudioDeltaEvent
from .response_audio_done_event import ResponseAudioDoneEvent
from .response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
from .response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
from .response_code_interpreter_call_code_delta_event import (
    ResponseCodeInterpreterCallCodeDeltaEvent,
)
from .response_code_interpreter_call_code_done_event import ResponseCodeInterpreterCallCodeDoneEvent
from .response_code_interpreter_call_completed_event import (
    ResponseCodeInterpreterCallCompletedEvent,
)
from .response_code_interpreter_call_in_progress_event import (
    ResponseCodeInterpreterCallInProgressEvent,
)
from .response_code_interpreter_call_interpreting_event import (
    ResponseCodeInterpreterCallInterpretingEvent,
)
from .response_completed_event import ResponseCompletedEvent
from .response_content_part_added_event import ResponseContentPartAddedEvent
from .response_content_part_done_event import ResponseContentPartDoneEvent
from .response_created_event import ResponseCreatedEvent
from .response_custom_tool_call_input_delta_event import ResponseCustomToolCallInputDeltaEvent
from .response_custom_tool_call_input_done_event import ResponseCustomToolCallInputDoneEvent
from .response_error_event import ResponseErrorEvent
from .response_failed_event import ResponseFailedEvent
from .response_file_search_call_completed_event import ResponseFileSearchCallCompletedEvent
from .response_file_search_call_in_progress_event import ResponseFileSearchCallInProgressEvent
from .response_file_search_call_searching_event import ResponseFileSearchCallSearchingEvent
from .response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
from .response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
from .response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
from .response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent
from .response_image_gen_call_in_progress_event import ResponseImageGenCallInProgressEvent
from .response_image_gen_call_partial_image_event import ResponseImageGenCallPartialImageEvent
from .response_in_progress_event import ResponseInProgressEvent
from .response_incomplete_event import ResponseIncompleteEvent
from .response_mcp_call_arguments_delta_event import ResponseMCPCallArgumentsDeltaEvent
from .response_mcp_call_arguments_done_event import ResponseMCPCallArgumentsDoneEvent
from .response_mcp_call_completed_event import ResponseMCPCallCompletedEvent
from .response_mcp_call_failed_event import ResponseMCPCallFailedEvent
from .response_mcp_call_in_progress_event import ResponseMCPCallInProgressEvent
from .response_mcp_list_tools_completed_event import ResponseMCPListToolsCompletedEvent
from .response_mcp_list_tools_failed_event import ResponseMCPListToolsFailedEvent
from .response_mcp_list_tools_in_progress_event import ResponseMCPListToolsInProgressEvent
from .response_output_item_added_event import ResponseOutputItemAddedEvent
from .response_output_item_done_event import ResponseOutputItemDoneEvent
from .response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
from .response_queued_event import ResponseQueuedEvent
from .response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
from .response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
from .response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
from .response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
from .response_refusal_delta_event import ResponseRefusalDeltaEvent
from .response_refusal_done_event import ResponseRefusalDoneEvent
from .response_text_delta_event import ResponseTextDeltaEvent
from .response_text_done_event import ResponseTextDoneEvent
from .response_web_search_call_completed_event import ResponseWebSearchCallCompletedEvent
from .response_web_search_call_in_progress_event import ResponseWebSearchCallInProgressEvent
from .response_web_search_call_searching_event import ResponseWebSearchCallSearchingEvent

__all__ = ["ResponseStreamEvent"]

ResponseStreamEvent: TypeAlias = Annotated[
    Union[
        Annotated[ResponseAudioDeltaEvent, Tag("ResponseAudioDeltaEvent")],
        Annotated[ResponseAudioDoneEvent, Tag("ResponseAudioDoneEvent")],
        Annotated[ResponseAudioTranscriptDeltaEvent, Tag("ResponseAudioTranscriptDeltaEvent")],
        Annotated[ResponseAudioTranscriptDoneEvent, Tag("ResponseAudioTranscriptDoneEvent")],
        Annotated[
            ResponseCodeInterpreterCallCodeDeltaEvent,
            Tag("ResponseCodeInterpreterCallCodeDeltaEvent"),
        ],
        Annotated[
            ResponseCodeInterpreterCallCodeDoneEvent,
            Tag("ResponseCodeInterpreterCallCodeDoneEvent"),
        ],
        Annotated[
            ResponseCodeInterpreterCallCompletedEvent,
            Tag("ResponseCodeInterpreterCallCompletedEvent"),
        ],
        Annotated[
            ResponseCodeInterpreterCallInProgressEvent,
            Tag("ResponseCodeInterpreterCallInProgressEvent"),
        ],
        Annotated[
            ResponseCodeInterpreterCallInterpretingEvent,
            Tag("ResponseCodeInterpreterCallInterpretingEvent"),
        ],
        Annotated[ResponseCompletedEvent, Tag("ResponseCompletedEvent")],
        Annotated[ResponseContentPartAddedEvent, Tag("ResponseContentPartAddedEvent")],
        Annotated[ResponseContentPartDoneEvent, Tag("ResponseContentPartDoneEvent")],
        Annotated[ResponseCreatedEvent, Tag("ResponseCreatedEvent")],
        Annotated[ResponseErrorEvent, Tag("ResponseErrorEvent")],
        Annotated[
            ResponseFileSearchCallCompletedEvent, Tag("ResponseFileSearchCallCompletedEvent")
        ],
        Annotated[
            ResponseFileSearchCallInProgressEvent, Tag("ResponseFileSearchCallInProgressEvent")
        ],
        Annotated[
            ResponseFileSearchCallSearchingEvent, Tag("ResponseFileSearchCallSearchingEvent")
        ],
        Annotated[
            ResponseFunctionCallArgumentsDeltaEvent, Tag("ResponseFunctionCallArgumentsDeltaEvent")
        ],
        Annotated[
            ResponseFunctionCallArgumentsDoneEvent, Tag("ResponseFunctionCallArgumentsDoneEvent")
        ],
        Annotated[ResponseInProgressEvent, Tag("ResponseInProgressEvent")],
        Annotated[ResponseFailedEvent, Tag("ResponseFailedEvent")],
        Annotated[ResponseIncompleteEvent, Tag("ResponseIncompleteEvent")],
        Annotated[ResponseOutputItemAddedEvent, Tag("ResponseOutputItemAddedEvent")],
        Annotated[ResponseOutputItemDoneEvent, Tag("ResponseOutputItemDoneEvent")],
        Annotated[
            ResponseReasoningSummaryPartAddedEvent, Tag("ResponseReasoningSummaryPartAddedEvent")
        ],
        Annotated[
            ResponseReasoningSummaryPartDoneEvent, Tag("ResponseReasoningSummaryPartDoneEvent")
        ],
        Annotated[
            ResponseReasoningSummaryTextDeltaEvent, Tag("ResponseReasoningSummaryTextDeltaEvent")
        ],
        Annotated[
            ResponseReasoningSummaryTextDoneEvent, Tag("ResponseReasoningSummaryTextDoneEvent")
        ],
        Annotated[ResponseReasoningTextDeltaEvent, Tag("ResponseReasoningTextDeltaEvent")],
        Annotated[ResponseReasoningTextDoneEvent, Tag("ResponseReasoningTextDoneEvent")],
        Annotated[ResponseRefusalDeltaEvent, Tag("ResponseRefusalDeltaEvent")],
        Annotated[ResponseRefusalDoneEvent, Tag("ResponseRefusalDoneEvent")],
        Annotated[ResponseTextDeltaEvent, Tag("ResponseTextDeltaEvent")],
        Annotated[ResponseTextDoneEvent, Tag("ResponseTextDoneEvent")],
        Annotated[ResponseWebSearchCallCompletedEvent, Tag("ResponseWebSearchCallCompletedEvent")],
        Annotated[
            ResponseWebSearchCallInProgressEvent, Tag("ResponseWebSearchCallInProgressEvent")
        ],
        Annotated[ResponseWebSearchCallSearchingEvent, Tag("ResponseWebSearchCallSearchingEvent")],
        Annotated[ResponseImageGenCallCompletedEvent, Tag("ResponseImageGenCallCompletedEvent")],
        Annotated[ResponseImageGenCallGeneratingEvent, Tag("ResponseImageGenCallGeneratingEvent")],
        Annotated[ResponseImageGenCallInProgressEvent, Tag("ResponseImageGenCallInProgressEvent")],
        Annotated[
            ResponseImageGenCallPartialImageEvent, Tag("ResponseImageGenCallPartialImageEvent")
        ],
        Annotated[ResponseMCPCallArgumentsDeltaEvent, Tag("ResponseMCPCallArgumentsDeltaEvent")],
        Annotated[ResponseMCPCallArgumentsDoneEvent, Tag("ResponseMCPCallArgumentsDoneEvent")],
        Annotated[ResponseMCPCallCompletedEvent, Tag("ResponseMCPCallCompletedEvent")],
        Annotated[ResponseMCPCallFailedEvent, Tag("ResponseMCPCallFailedEvent")],
        Annotated[ResponseMCPCallInProgressEvent, Tag("ResponseMCPCallInProgressEvent")],
        Annotated[ResponseMCPListToolsCompletedEvent, Tag("ResponseMCPListToolsCompletedEvent")],
        Annotated[ResponseMCPListToolsFailedEvent, Tag("ResponseMCPListToolsFailedEvent")],
        Annotated[ResponseMCPListToolsInProgressEvent, Tag("ResponseMCPListToolsInProgressEvent")],
        Annotated[
            ResponseOutputTextAnnotationAddedEvent, Tag("ResponseOutputTextAnnotationAddedEvent")
        ],
        Annotated[ResponseQueuedEvent, Tag("ResponseQueuedEvent")],
        Annotated[
            ResponseCustomToolCallInputDeltaEvent, Tag("ResponseCustomToolCallInputDeltaEvent")
        ],
        Annotated[
            ResponseCustomToolCallInputDoneEvent, Tag("ResponseCustomToolCallInputDoneEvent")
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "response.audio.delta": "ResponseAudioDeltaEvent",
            "response.audio.done": "ResponseAudioDoneEvent",
            "response.audio.transcript.delta": "ResponseAudioTranscriptDeltaEvent",
            "response.audio.transcript.done": "ResponseAudioTranscriptDoneEvent",
            "response.code_interpreter_call_code.delta": "ResponseCodeInterpreterCallCodeDeltaEvent",
            "response.code_interpreter_call_code.done": "ResponseCodeInterpreterCallCodeDoneEvent",
            "response.code_interpreter_call.completed": "ResponseCodeInterpreterCallCompletedEvent",
            "response.code_interpreter_call.in_progress": "ResponseCodeInterpreterCallInProgressEvent",
            "response.code_interpreter_call.interpreting": "ResponseCodeInterpreterCallInterpretingEvent",
            "response.completed": "ResponseCompletedEvent",
            "response.content_part.added": "ResponseContentPartAddedEvent",
            "response.content_part.done": "ResponseContentPartDoneEvent",
            "response.created": "ResponseCreatedEvent",
            "error": "ResponseErrorEvent",
            "response.file_search_call.completed": "ResponseFileSearchCallCompletedEvent",
            "response.file_search_call.in_progress": "ResponseFileSearchCallInProgressEvent",
            "response.file_search_call.searching": "ResponseFileSearchCallSearchingEvent",
            "response.function_call_arguments.delta": "ResponseFunctionCallArgumentsDeltaEvent",
            "response.function_call_arguments.done": "ResponseFunctionCallArgumentsDoneEvent",
            "response.in_progress": "ResponseInProgressEvent",
            "response.failed": "ResponseFailedEvent",
            "response.incomplete": "ResponseIncompleteEvent",
            "response.output_item.added": "ResponseOutputItemAddedEvent",
            "response.output_item.done": "ResponseOutputItemDoneEvent",
            "response.reasoning_summary_part.added": "ResponseReasoningSummaryPartAddedEvent",
            "response.reasoning_summary_part.done": "ResponseReasoningSummaryPartDoneEvent",
            "response.reasoning_summary_text.delta": "ResponseReasoningSummaryTextDeltaEvent",
            "response.reasoning_summary_text.done": "ResponseReasoningSummaryTextDoneEvent",
            "response.reasoning_text.delta": "ResponseReasoningTextDeltaEvent",
            "response.reasoning_text.done": "ResponseReasoningTextDoneEvent",
            "response.refusal.delta": "ResponseRefusalDeltaEvent",
            "response.refusal.done": "ResponseRefusalDoneEvent",
            "response.output_text.delta": "ResponseTextDeltaEvent",
            "response.output_text.done": "ResponseTextDoneEvent",
            "response.web_search_call.completed": "ResponseWebSearchCallCompletedEvent",
            "response.web_search_call.in_progress": "ResponseWebSearchCallInProgressEvent",
            "response.web_search_call.searching": "ResponseWebSearchCallSearchingEvent",
            "response.image_generation_call.completed": "ResponseImageGenCallCompletedEvent",
            "response.image_generation_call.generating": "ResponseImageGenCallGeneratingEvent",
            "response.image_generation_call.in_progress": "ResponseImageGenCallInProgressEvent",
            "response.image_generation_call.partial_image": "ResponseImageGenCallPartialImageEvent",
            "response.mcp_call_arguments.delta": "ResponseMCPCallArgumentsDeltaEvent",
            "response.mcp_call_arguments.done": "ResponseMCPCallArgumentsDoneEvent",
            "response.mcp_call.completed": "ResponseMCPCallCompletedEvent",
            "response.mcp_call.failed": "ResponseMCPCallFailedEvent",
            "response.mcp_call.in_progress": "ResponseMCPCallInProgressEvent",
            "response.mcp_list_tools.completed": "ResponseMCPListToolsCompletedEvent",
            "response.mcp_list_tools.failed": "ResponseMCPListToolsFailedEvent",
            "response.mcp_list_tools.in_progress": "ResponseMCPListToolsInProgressEvent",
            "response.output_text.annotation.added": "ResponseOutputTextAnnotationAddedEvent",
            "response.queued": "ResponseQueuedEvent",
            "response.custom_tool_call_input.delta": "ResponseCustomToolCallInputDeltaEvent",
            "response.custom_tool_call_input.done": "ResponseCustomToolCallInputDoneEvent",
        },
    ),
]
