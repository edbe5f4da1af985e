"""ResponsesClientEventResponseCreate."""

from __future__ import annotations

from typing import Literal

from .context_management_param import ContextManagementParam
from .conversation_param import ConversationParam
from .create_response import CreateResponse
from .include_enum import IncludeEnum
from .input_param import InputParam
from .metadata import Metadata
from .model_ids_responses import ModelIdsResponses
from .prompt import Prompt
from .reasoning import Reasoning
from .response_stream_options import ResponseStreamOptions
from .response_text_param import ResponseTextParam
from .service_tier import ServiceTier
from .tool_choice_param import ToolChoiceParam
from .tools_array import ToolsArray

__all__ = ["ResponsesClientEventResponseCreate"]


class ResponsesClientEventResponseCreate(CreateResponse):
    """Client event for creating a response over a persistent WebSocket connection.
    This payload uses the same top-level fields as `POST /v1/responses`.

    Notes:
    - `stream` is implicit over WebSocket and should not be sent.
    - `background` is not supported over WebSocket."""

    type: Literal["response.create"]
    """The type of the client event. Always `response.create`."""
