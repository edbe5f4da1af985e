"""CreateEvalResponsesRunDataSourceSamplingParams."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel
from .create_eval_responses_run_data_source_sampling_params_text import (
    CreateEvalResponsesRunDataSourceSamplingParamsText,
    CreateEvalResponsesRunDataSourceSamplingParamsTextParam,
)
from .reasoning_effort import ReasoningEffort
from .tool import Tool, ToolParam

__all__ = [
    "CreateEvalResponsesRunDataSourceSamplingParams",
    "CreateEvalResponsesRunDataSourceSamplingParamsParam",
]


class CreateEvalResponsesRunDataSourceSamplingParams(OagenModel):
    """CreateEvalResponsesRunDataSourceSamplingParams"""

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

    tools: list[Tool] | None = None
    """An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    The two categories of tools you can provide the model are:

    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](/docs/guides/tools-web-search)
      or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code. Learn more about
      [function calling](/docs/guides/function-calling)."""

    text: CreateEvalResponsesRunDataSourceSamplingParamsText | None = None
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""


class CreateEvalResponsesRunDataSourceSamplingParamsParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalResponsesRunDataSourceSamplingParams`: a dict a type checker can check."""

    reasoning_effort: ReasoningEffort

    temperature: float
    """A higher temperature increases randomness in the outputs."""

    max_completion_tokens: int
    """The maximum number of tokens in the generated output."""

    top_p: float
    """An alternative to temperature for nucleus sampling; 1.0 includes all tokens."""

    seed: int
    """A seed value to initialize the randomness, during sampling."""

    tools: Sequence[ToolParam]
    """An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    The two categories of tools you can provide the model are:

    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](/docs/guides/tools-web-search)
      or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code. Learn more about
      [function calling](/docs/guides/function-calling)."""

    text: (
        CreateEvalResponsesRunDataSourceSamplingParamsTextParam
        | CreateEvalResponsesRunDataSourceSamplingParamsText
    )
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)"""
