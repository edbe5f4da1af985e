"""ChatCompletionsRequest."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .chat_completions_request_response_format_variant2 import (
    ChatCompletionsRequestResponseFormatVariant2,
    ChatCompletionsRequestResponseFormatVariant2Param,
)
from .chat_completions_request_tools_item import (
    ChatCompletionsRequestToolsItem,
    ChatCompletionsRequestToolsItemParam,
)
from .chat_message import ChatMessage, ChatMessageParam
from .reasoning_config import ReasoningConfig, ReasoningConfigParam

__all__ = ["ChatCompletionsRequest", "ChatCompletionsRequestParam"]


class ChatCompletionsRequest(OagenModel):
    """ChatCompletionsRequest"""

    model: str

    system: str | None = None

    messages: list[ChatMessage]

    reasoning: ReasoningConfig | None = None

    frequency_penalty: float | None = None

    logit_bias: dict[str, float] | None = None

    max_output_tokens: int | None = None

    meta: bool | None = None
    """Server default: ``False``."""

    presence_penalty: float | None = None

    seed: int | None = None

    stream: bool | None = None
    """Server default: ``False``."""

    temperature: float | None = None
    """Server default: ``1``."""

    tools: list[ChatCompletionsRequestToolsItem] | None = None

    max_tool_calls: int | None = None

    parallel_tool_calls: bool | None = None
    """Server default: ``True``."""

    tool_choice: dict[str, Any] | str | None = None

    top_k: int | None = None

    logprobs: bool | None = None
    """Server default: ``False``."""

    top_logprobs: int | None = None

    top_p: float | None = None

    response_format: ChatCompletionsRequestResponseFormatVariant2 | str | None = None

    usage: bool | None = None

    user_id: str | None = None

    service_tier: Literal["flex", "standard", "priority"] | str | None = None
    """Server default: ``"standard"``."""


class ChatCompletionsRequestParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionsRequest`: a dict a type checker can check."""

    model: Required[str]

    system: str

    messages: Required[Sequence[ChatMessageParam | ChatMessage]]

    reasoning: ReasoningConfigParam | ReasoningConfig

    frequency_penalty: float

    logit_bias: Mapping[str, float]

    max_output_tokens: int

    meta: bool

    presence_penalty: float

    seed: int

    stream: bool

    temperature: float

    tools: Sequence[ChatCompletionsRequestToolsItemParam | ChatCompletionsRequestToolsItem]

    max_tool_calls: int

    parallel_tool_calls: bool

    tool_choice: str | Mapping[str, Any]

    top_k: int

    logprobs: bool

    top_logprobs: int

    top_p: float

    response_format: (
        str
        | ChatCompletionsRequestResponseFormatVariant2Param
        | ChatCompletionsRequestResponseFormatVariant2
    )

    usage: bool

    user_id: str

    service_tier: Literal["flex", "standard", "priority"]
