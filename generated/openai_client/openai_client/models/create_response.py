"""CreateResponse."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import TypedDict

from .context_management_param import ContextManagementParam, ContextManagementParamParam
from .conversation_param import ConversationParam, ConversationParamParam
from .create_model_response_properties import CreateModelResponseProperties
from .include_enum import IncludeEnum
from .input_param import InputParam, InputParamParam
from .metadata import Metadata
from .model_ids_responses import ModelIdsResponses
from .prompt import Prompt, PromptParam
from .reasoning import Reasoning, ReasoningParam
from .response_stream_options import ResponseStreamOptions, ResponseStreamOptionsParam
from .response_text_param import ResponseTextParam, ResponseTextParamParam
from .service_tier import ServiceTier
from .tool_choice_param import ToolChoiceParam, ToolChoiceParamParam
from .tools_array import ToolsArray, ToolsArrayParam

__all__ = ["CreateResponse", "CreateResponseParam"]


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


class CreateResponseParam(TypedDict, total=False):
    """Request form of :class:`CreateResponse`: a dict a type checker can check."""

    metadata: Metadata

    top_logprobs: int
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested."""

    temperature: float | None

    top_p: float | None

    user: str
    """This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    safety_identifier: str
    """A stable identifier used to help detect users of your application that may be violating OpenAI's usage policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We recommend hashing their username or email address, in order to avoid sending us any identifying information. [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
    """

    prompt_cache_key: str
    """Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user` field. [Learn more](/docs/guides/prompt-caching)."""

    service_tier: ServiceTier

    prompt_cache_retention: Literal["in_memory", "24h"] | None

    previous_response_id: str | None

    model: ModelIdsResponses
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models."""

    reasoning: ReasoningParam | Reasoning | None

    background: bool | None

    max_tool_calls: int | None

    text: ResponseTextParamParam | ResponseTextParam

    tools: ToolsArrayParam

    tool_choice: ToolChoiceParamParam

    prompt: PromptParam

    truncation: Literal["auto", "disabled"] | None

    input: InputParamParam

    include: Sequence[IncludeEnum] | None

    parallel_tool_calls: bool | None

    store: bool | None

    instructions: str | None

    stream: bool | None

    stream_options: ResponseStreamOptionsParam

    conversation: ConversationParamParam | None

    context_management: Sequence[ContextManagementParamParam | ContextManagementParam] | None

    max_output_tokens: int | None
