"""CreateChatCompletionRequest."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .chat_completion_function_call_option import (
    ChatCompletionFunctionCallOption,
    ChatCompletionFunctionCallOptionParam,
)
from .chat_completion_functions import ChatCompletionFunctions, ChatCompletionFunctionsParam
from .chat_completion_request_message import (
    ChatCompletionRequestMessage,
    ChatCompletionRequestMessageParam,
)
from .chat_completion_stream_options import (
    ChatCompletionStreamOptions,
    ChatCompletionStreamOptionsParam,
)
from .chat_completion_tool_choice_option import (
    ChatCompletionToolChoiceOption,
    ChatCompletionToolChoiceOptionParam,
)
from .create_chat_completion_request_audio import (
    CreateChatCompletionRequestAudio,
    CreateChatCompletionRequestAudioParam,
)
from .create_chat_completion_request_response_format import (
    CreateChatCompletionRequestResponseFormat,
    CreateChatCompletionRequestResponseFormatParam,
)
from .create_chat_completion_request_tools_item import (
    CreateChatCompletionRequestToolsItem,
    CreateChatCompletionRequestToolsItemParam,
)
from .create_chat_completion_request_web_search_options import (
    CreateChatCompletionRequestWebSearchOptions,
    CreateChatCompletionRequestWebSearchOptionsParam,
)
from .create_model_response_properties import CreateModelResponseProperties
from .metadata import Metadata
from .model_ids_shared import ModelIdsShared
from .parallel_tool_calls import ParallelToolCalls
from .prediction_content import PredictionContent, PredictionContentParam
from .reasoning_effort import ReasoningEffort
from .response_modalities import ResponseModalities
from .service_tier import ServiceTier
from .stop_configuration import StopConfiguration
from .verbosity import Verbosity

__all__ = ["CreateChatCompletionRequest", "CreateChatCompletionRequestParam"]


class CreateChatCompletionRequest(CreateModelResponseProperties):
    """CreateChatCompletionRequest"""

    top_logprobs: int | None = None
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    `logprobs` must be set to `true` if this parameter is used."""

    messages: list[ChatCompletionRequestMessage]
    """A list of messages comprising the conversation so far. Depending on the
    [model](/docs/models) you use, different message types (modalities) are
    supported, like [text](/docs/guides/text-generation),
    [images](/docs/guides/vision), and [audio](/docs/guides/audio)."""

    model: ModelIdsShared
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models."""

    modalities: ResponseModalities | None = None

    verbosity: Verbosity | None = None

    reasoning_effort: ReasoningEffort | None = None

    max_completion_tokens: int | None = None
    """An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning)."""

    frequency_penalty: float | None = None
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    their existing frequency in the text so far, decreasing the model's
    likelihood to repeat the same line verbatim.

    Server default: ``0``."""

    presence_penalty: float | None = None
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    whether they appear in the text so far, increasing the model's likelihood
    to talk about new topics.

    Server default: ``0``."""

    web_search_options: CreateChatCompletionRequestWebSearchOptions | None = None
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat)."""

    response_format: CreateChatCompletionRequestResponseFormat | None = None
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it."""

    audio: CreateChatCompletionRequestAudio | None = None
    """Parameters for audio output. Required when audio output is requested with
    `modalities: ["audio"]`. [Learn more](/docs/guides/audio)."""

    store: bool | None = None
    """Whether or not to store the output of this chat completion request for
    use in our [model distillation](/docs/guides/distillation) or
    [evals](/docs/guides/evals) products.

    Supports text and image inputs. Note: image inputs over 8MB will be dropped.

    Server default: ``False``."""

    stream: bool | None = None
    """If set to true, the model response data will be streamed to the client
    as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/chat/streaming)
    for more information, along with the [streaming responses](/docs/guides/streaming-responses)
    guide for more information on how to handle the streaming events.

    Server default: ``False``."""

    stop: StopConfiguration | None = None

    logit_bias: dict[str, int] | None = None
    """Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the
    tokenizer) to an associated bias value from -100 to 100. Mathematically,
    the bias is added to the logits generated by the model prior to sampling.
    The exact effect will vary per model, but values between -1 and 1 should
    decrease or increase likelihood of selection; values like -100 or 100
    should result in a ban or exclusive selection of the relevant token.

    Server default: ``None``."""

    logprobs: bool | None = None
    """Whether to return log probabilities of the output tokens or not. If true,
    returns the log probabilities of each output token returned in the
    `content` of `message`.

    Server default: ``False``."""

    max_tokens: int | None = None
    """The maximum number of [tokens](/tokenizer) that can be generated in the
    chat completion. This value can be used to control
    [costs](https://openai.com/api/pricing/) for text generated via API.

    This value is now deprecated in favor of `max_completion_tokens`, and is
    not compatible with [o-series models](/docs/guides/reasoning).

    Deprecated."""

    n: int | None = None
    """How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.

    Server default: ``1``."""

    prediction: PredictionContent | None = None
    """Configuration for a [Predicted Output](/docs/guides/predicted-outputs),
    which can greatly improve response times when large parts of the model
    response are known ahead of time. This is most common when you are
    regenerating a file with only minor changes to most of the content."""

    seed: int | None = None
    """This feature is in Beta.
    If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
    Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.

    Deprecated."""

    stream_options: ChatCompletionStreamOptions | None = None

    tools: list[CreateChatCompletionRequestToolsItem] | None = None
    """A list of tools the model may call. You can provide either
    [custom tools](/docs/guides/function-calling#custom-tools) or
    [function tools](/docs/guides/function-calling)."""

    tool_choice: ChatCompletionToolChoiceOption | None = None

    parallel_tool_calls: ParallelToolCalls | None = None

    function_call: Literal["none", "auto"] | ChatCompletionFunctionCallOption | str | None = None
    """Deprecated in favor of `tool_choice`.

    Controls which (if any) function is called by the model.

    `none` means the model will not call a function and instead generates a
    message.

    `auto` means the model can pick between generating a message or calling a
    function.

    Specifying a particular function via `{"name": "my_function"}` forces the
    model to call that function.

    `none` is the default when no functions are present. `auto` is the default
    if functions are present.

    Deprecated."""

    functions: list[ChatCompletionFunctions] | None = None
    """Deprecated in favor of `tools`.

    A list of functions the model may generate JSON inputs for.

    Deprecated."""


class CreateChatCompletionRequestParam(TypedDict, total=False):
    """Request form of :class:`CreateChatCompletionRequest`: a dict a type checker can check."""

    metadata: Metadata

    top_logprobs: int | None
    """An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    `logprobs` must be set to `true` if this parameter is used."""

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

    messages: Required[Sequence[ChatCompletionRequestMessageParam]]
    """A list of messages comprising the conversation so far. Depending on the
    [model](/docs/models) you use, different message types (modalities) are
    supported, like [text](/docs/guides/text-generation),
    [images](/docs/guides/vision), and [audio](/docs/guides/audio)."""

    model: Required[ModelIdsShared]
    """Model ID used to generate the response, like `gpt-4o` or `o3`. OpenAI
    offers a wide range of models with different capabilities, performance
    characteristics, and price points. Refer to the [model guide](/docs/models)
    to browse and compare available models."""

    modalities: ResponseModalities

    verbosity: Verbosity

    reasoning_effort: ReasoningEffort

    max_completion_tokens: int | None
    """An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and [reasoning tokens](/docs/guides/reasoning)."""

    frequency_penalty: float | None
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    their existing frequency in the text so far, decreasing the model's
    likelihood to repeat the same line verbatim."""

    presence_penalty: float | None
    """Number between -2.0 and 2.0. Positive values penalize new tokens based on
    whether they appear in the text so far, increasing the model's likelihood
    to talk about new topics."""

    web_search_options: (
        CreateChatCompletionRequestWebSearchOptionsParam
        | CreateChatCompletionRequestWebSearchOptions
    )
    """This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](/docs/guides/tools-web-search?api-mode=chat)."""

    response_format: CreateChatCompletionRequestResponseFormatParam
    """An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it."""

    audio: CreateChatCompletionRequestAudioParam | CreateChatCompletionRequestAudio | None
    """Parameters for audio output. Required when audio output is requested with
    `modalities: ["audio"]`. [Learn more](/docs/guides/audio)."""

    store: bool | None
    """Whether or not to store the output of this chat completion request for
    use in our [model distillation](/docs/guides/distillation) or
    [evals](/docs/guides/evals) products.

    Supports text and image inputs. Note: image inputs over 8MB will be dropped."""

    stream: bool | None
    """If set to true, the model response data will be streamed to the client
    as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](/docs/api-reference/chat/streaming)
    for more information, along with the [streaming responses](/docs/guides/streaming-responses)
    guide for more information on how to handle the streaming events."""

    stop: StopConfiguration

    logit_bias: Mapping[str, int] | None
    """Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the
    tokenizer) to an associated bias value from -100 to 100. Mathematically,
    the bias is added to the logits generated by the model prior to sampling.
    The exact effect will vary per model, but values between -1 and 1 should
    decrease or increase likelihood of selection; values like -100 or 100
    should result in a ban or exclusive selection of the relevant token."""

    logprobs: bool | None
    """Whether to return log probabilities of the output tokens or not. If true,
    returns the log probabilities of each output token returned in the
    `content` of `message`."""

    max_tokens: int | None
    """The maximum number of [tokens](/tokenizer) that can be generated in the
    chat completion. This value can be used to control
    [costs](https://openai.com/api/pricing/) for text generated via API.

    This value is now deprecated in favor of `max_completion_tokens`, and is
    not compatible with [o-series models](/docs/guides/reasoning)."""

    n: int | None
    """How many chat completion choices to generate for each input message. Note that you will be charged based on the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs."""

    prediction: PredictionContentParam | PredictionContent | None
    """Configuration for a [Predicted Output](/docs/guides/predicted-outputs),
    which can greatly improve response times when large parts of the model
    response are known ahead of time. This is most common when you are
    regenerating a file with only minor changes to most of the content."""

    seed: int | None
    """This feature is in Beta.
    If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
    Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor changes in the backend.
    """

    stream_options: ChatCompletionStreamOptionsParam

    tools: Sequence[CreateChatCompletionRequestToolsItemParam]
    """A list of tools the model may call. You can provide either
    [custom tools](/docs/guides/function-calling#custom-tools) or
    [function tools](/docs/guides/function-calling)."""

    tool_choice: ChatCompletionToolChoiceOptionParam

    parallel_tool_calls: ParallelToolCalls

    function_call: (
        Literal["none", "auto"]
        | ChatCompletionFunctionCallOptionParam
        | ChatCompletionFunctionCallOption
    )
    """Deprecated in favor of `tool_choice`.

    Controls which (if any) function is called by the model.

    `none` means the model will not call a function and instead generates a
    message.

    `auto` means the model can pick between generating a message or calling a
    function.

    Specifying a particular function via `{"name": "my_function"}` forces the
    model to call that function.

    `none` is the default when no functions are present. `auto` is the default
    if functions are present."""

    functions: Sequence[ChatCompletionFunctionsParam | ChatCompletionFunctions]
    """Deprecated in favor of `tools`.

    A list of functions the model may generate JSON inputs for."""
