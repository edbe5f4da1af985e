"""CreateEvalCompletionsRunDataSourceSamplingParams."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel
from .chat_completion_tool import ChatCompletionTool, ChatCompletionToolParam
from .create_eval_completions_run_data_source_sampling_params_response_format import (
    CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat,
    CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormatParam,
)
from .reasoning_effort import ReasoningEffort

__all__ = [
    "CreateEvalCompletionsRunDataSourceSamplingParams",
    "CreateEvalCompletionsRunDataSourceSamplingParamsParam",
]


class CreateEvalCompletionsRunDataSourceSamplingParams(OagenModel):
    """CreateEvalCompletionsRunDataSourceSamplingParams"""

    reasoning_effort: ReasoningEffort | None = None

    temperature: float | None = None
    """A higher temperature increases randomness in the outputs.

    Server default: ``1``."""

    max_completion_tokens: int | None = None
    """The maximum number of tokens in the generated output."""

    top_p: float | None = None
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens.

    Server default: ``1``."""

    seed: int | None = None
    """A seed value to initialize the randomness, during sampling.

    Server default: ``42``."""

    response_format: CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormat | None = None
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it."""

    tools: list[ChatCompletionTool] | None = None
    """A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported."""


class CreateEvalCompletionsRunDataSourceSamplingParamsParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalCompletionsRunDataSourceSamplingParams`: a dict a type checker can check."""

    reasoning_effort: ReasoningEffort

    temperature: float
    """A higher temperature increases randomness in the outputs."""

    max_completion_tokens: int
    """The maximum number of tokens in the generated output."""

    top_p: float
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    seed: int
    """A seed value to initialize the randomness, during sampling."""

    response_format: CreateEvalCompletionsRunDataSourceSamplingParamsResponseFormatParam
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it."""

    tools: Sequence[ChatCompletionToolParam | ChatCompletionTool]
    """A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a list of functions the model may generate JSON inputs for. A max of 128 functions are supported."""
