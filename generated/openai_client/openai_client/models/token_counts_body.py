"""TokenCountsBody."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel
from .conversation_param import ConversationParam, ConversationParamParam
from .input_item import InputItem, InputItemParam
from .reasoning import Reasoning, ReasoningParam
from .response_text_param import ResponseTextParam, ResponseTextParamParam
from .tool import Tool, ToolParam
from .tool_choice_param import ToolChoiceParam, ToolChoiceParamParam
from .truncation_enum import TruncationEnum

__all__ = ["TokenCountsBody", "TokenCountsBodyParam"]


class TokenCountsBody(OagenModel):
    """TokenCountsBody"""

    model: str | None = None

    input: list[InputItem] | str | None = None

    previous_response_id: str | None = None

    tools: list[Tool] | None = None

    text: ResponseTextParam | None = None

    reasoning: Reasoning | None = None

    truncation: TruncationEnum | str | None = None
    """The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error."""

    instructions: str | None = None

    conversation: ConversationParam | None = None

    tool_choice: ToolChoiceParam | None = None

    parallel_tool_calls: bool | None = None


class TokenCountsBodyParam(TypedDict, total=False):
    """Request form of :class:`TokenCountsBody`: a dict a type checker can check."""

    model: str | None

    input: str | Sequence[InputItemParam] | None

    previous_response_id: str | None

    tools: Sequence[ToolParam] | None

    text: ResponseTextParamParam | ResponseTextParam | None

    reasoning: ReasoningParam | Reasoning | None

    truncation: TruncationEnum
    """The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error."""

    instructions: str | None

    conversation: ConversationParamParam | None

    tool_choice: ToolChoiceParamParam | None

    parallel_tool_calls: bool | None
