"""CreateResponse."""

from __future__ import annotations

from typing import Literal

from .context_management_param import ContextManagementParam
from .conversation_param import ConversationParam
from .create_model_response_properties import CreateModelResponseProperties
from .include_enum import IncludeEnum
from .input_param import InputParam
from .model_ids_responses import ModelIdsResponses
from .prompt import Prompt
from .reasoning import Reasoning
from .response_stream_options import ResponseStreamOptions
from .response_text_param import ResponseTextParam
from .tool_choice_param import ToolChoiceParam
from .tools_array import ToolsArray

__all__ = ["CreateResponse"]


class CreateResponse(CreateModelResponseProperties):
    """CreateResponse"""

    previous_response_id: str | None = None

    model: ModelIdsResponses | None = None
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models."""

    reasoning: Reasoning | None = None

    background: bool | None = None

    max_tool_calls: int | None = None

    text: ResponseTextParam | None = None

    tools: ToolsArray | None = None

    tool_choice: ToolChoiceParam | None = None

    prompt: Prompt | None = None

    truncation: Literal["auto", "disabled"] | str | None = None

    input: InputParam | None = None

    include: list[IncludeEnum | str] | None = None

    parallel_tool_calls: bool | None = None

    store: bool | None = None

    instructions: str | None = None

    stream: bool | None = None

    stream_options: ResponseStreamOptions | None = None

    conversation: ConversationParam | None = None

    context_management: list[ContextManagementParam] | None = None

    max_output_tokens: int | None = None
