"""ResponsesRequest."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .responses_request_prompt import ResponsesRequestPrompt, ResponsesRequestPromptParam
from .responses_request_reasoning import ResponsesRequestReasoning, ResponsesRequestReasoningParam

__all__ = ["ResponsesRequest", "ResponsesRequestParam"]


class ResponsesRequest(OagenModel):
    """ResponsesRequest"""

    model: str

    input: dict[str, Any] | None = None

    input_items: list[dict[str, Any]] | None = None

    conversation: dict[str, Any] | str | None = None

    include: list[str] | None = None

    instructions: str | None = None

    max_output_tokens: int | None = None

    max_tool_calls: int | None = None

    metadata: dict[str, str] | None = None

    parallel_tool_calls: bool | None = None

    previous_response_id: str | None = None

    prompt: ResponsesRequestPrompt | None = None

    prompt_cache_key: str | None = None

    prompt_cache_retention: str | None = None

    reasoning: ResponsesRequestReasoning | None = None

    safety_identifier: str | None = None

    service_tier: str | None = None

    store: bool | None = None

    stream: bool | None = None

    stream_options: dict[str, Any] | None = None

    temperature: float | None = None

    text: dict[str, Any] | None = None

    tool_choice: dict[str, Any] | str | None = None

    tools: list[dict[str, Any]] | None = None

    top_logprobs: int | None = None

    top_p: float | None = None

    truncation: str | None = None

    background: bool | None = None

    user: str | None = None

    usage: bool | None = None

    meta: bool | None = None


class ResponsesRequestParam(TypedDict, total=False):
    """Request form of :class:`ResponsesRequest`: a dict a type checker can check."""

    model: Required[str]

    input: Mapping[str, Any]

    input_items: Sequence[Mapping[str, Any]]

    conversation: str | Mapping[str, Any]

    include: Sequence[str]

    instructions: str

    max_output_tokens: int

    max_tool_calls: int

    metadata: Mapping[str, str]

    parallel_tool_calls: bool

    previous_response_id: str

    prompt: ResponsesRequestPromptParam | ResponsesRequestPrompt

    prompt_cache_key: str

    prompt_cache_retention: str

    reasoning: ResponsesRequestReasoningParam | ResponsesRequestReasoning

    safety_identifier: str

    service_tier: str

    store: bool

    stream: bool

    stream_options: Mapping[str, Any]

    temperature: float

    text: Mapping[str, Any]

    tool_choice: str | Mapping[str, Any]

    tools: Sequence[Mapping[str, Any]]

    top_logprobs: int

    top_p: float

    truncation: str

    background: bool

    user: str

    usage: bool

    meta: bool
