"""RealtimeSessionCreateRequestGA."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .prompt import Prompt, PromptParam
from .realtime_reasoning import RealtimeReasoning, RealtimeReasoningParam
from .realtime_session_create_request_ga_audio import (
    RealtimeSessionCreateRequestGAAudio,
    RealtimeSessionCreateRequestGAAudioParam,
)
from .realtime_session_create_request_ga_tools_item import (
    RealtimeSessionCreateRequestGAToolsItem,
    RealtimeSessionCreateRequestGAToolsItemParam,
)
from .realtime_session_create_request_ga_tracing_variant1_tracing_configuration import (
    RealtimeSessionCreateRequestGATracingVariant1TracingConfiguration,
    RealtimeSessionCreateRequestGATracingVariant1TracingConfigurationParam,
)
from .realtime_truncation import RealtimeTruncation, RealtimeTruncationParam
from .tool_choice_function import ToolChoiceFunction, ToolChoiceFunctionParam
from .tool_choice_mcp import ToolChoiceMCP, ToolChoiceMCPParam
from .tool_choice_options import ToolChoiceOptions

__all__ = ["RealtimeSessionCreateRequestGA", "RealtimeSessionCreateRequestGAParam"]


class RealtimeSessionCreateRequestGA(OagenModel):
    """Realtime session object configuration."""

    type: Literal["realtime"]
    """The type of session to create. Always `realtime` for the Realtime API."""

    output_modalities: list[Literal["text", "audio"] | str] | None = None
    """The set of modalities the model can respond with. It defaults to `["audio"]`, indicating
    that the model will respond with audio plus a transcript. `["text"]` can be used to make
    the model respond with text only. It is not possible to request both `text` and `audio` at the same time.

    Server default: ``["audio"]``."""

    model: (
        Literal[
            "gpt-realtime",
            "gpt-realtime-1.5",
            "gpt-realtime-2",
            "gpt-realtime-2025-08-28",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
            "gpt-realtime-mini",
            "gpt-realtime-mini-2025-10-06",
            "gpt-realtime-mini-2025-12-15",
            "gpt-audio-1.5",
            "gpt-audio-mini",
            "gpt-audio-mini-2025-10-06",
            "gpt-audio-mini-2025-12-15",
        ]
        | str
        | None
    ) = None
    """The Realtime model used for this session."""

    instructions: str | None = None
    """The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.

    Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    """

    audio: RealtimeSessionCreateRequestGAAudio | None = None
    """Configuration for input and output audio."""

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = None
    """Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription."""

    tracing: (
        Literal["auto"] | RealtimeSessionCreateRequestGATracingVariant1TracingConfiguration | None
    ) = None
    """Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.

    Server default: ``None``."""

    tools: list[RealtimeSessionCreateRequestGAToolsItem] | None = None
    """Tools available to the model."""

    tool_choice: ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP | str | None = None
    """How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool.

    Server default: ``"auto"``."""

    parallel_tool_calls: bool | None = None
    """Whether the model may call multiple tools in parallel. Only supported by
    reasoning Realtime models such as `gpt-realtime-2`."""

    reasoning: RealtimeReasoning | None = None

    max_output_tokens: Literal["inf"] | int | None = None
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`."""

    truncation: RealtimeTruncation | None = None

    prompt: Prompt | None = None


class RealtimeSessionCreateRequestGAParam(TypedDict, total=False):
    """Request form of :class:`RealtimeSessionCreateRequestGA`: a dict a type checker can check."""

    type: Required[Literal["realtime"]]
    """The type of session to create. Always `realtime` for the Realtime API."""

    output_modalities: Sequence[Literal["text", "audio"]]
    """The set of modalities the model can respond with. It defaults to `["audio"]`, indicating
    that the model will respond with audio plus a transcript. `["text"]` can be used to make
    the model respond with text only. It is not possible to request both `text` and `audio` at the same time.
    """

    model: (
        str
        | Literal[
            "gpt-realtime",
            "gpt-realtime-1.5",
            "gpt-realtime-2",
            "gpt-realtime-2025-08-28",
            "gpt-4o-realtime-preview",
            "gpt-4o-realtime-preview-2024-10-01",
            "gpt-4o-realtime-preview-2024-12-17",
            "gpt-4o-realtime-preview-2025-06-03",
            "gpt-4o-mini-realtime-preview",
            "gpt-4o-mini-realtime-preview-2024-12-17",
            "gpt-realtime-mini",
            "gpt-realtime-mini-2025-10-06",
            "gpt-realtime-mini-2025-12-15",
            "gpt-audio-1.5",
            "gpt-audio-mini",
            "gpt-audio-mini-2025-10-06",
            "gpt-audio-mini-2025-12-15",
        ]
    )
    """The Realtime model used for this session."""

    instructions: str
    """The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.

    Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    """

    audio: RealtimeSessionCreateRequestGAAudioParam | RealtimeSessionCreateRequestGAAudio
    """Configuration for input and output audio."""

    include: Sequence[Literal["item.input_audio_transcription.logprobs"]]
    """Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription."""

    tracing: (
        Literal["auto"]
        | RealtimeSessionCreateRequestGATracingVariant1TracingConfigurationParam
        | RealtimeSessionCreateRequestGATracingVariant1TracingConfiguration
        | None
    )
    """Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata."""

    tools: Sequence[RealtimeSessionCreateRequestGAToolsItemParam]
    """Tools available to the model."""

    tool_choice: (
        ToolChoiceOptions
        | ToolChoiceFunctionParam
        | ToolChoiceFunction
        | ToolChoiceMCPParam
        | ToolChoiceMCP
    )
    """How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool."""

    parallel_tool_calls: bool
    """Whether the model may call multiple tools in parallel. Only supported by
    reasoning Realtime models such as `gpt-realtime-2`."""

    reasoning: RealtimeReasoningParam | RealtimeReasoning

    max_output_tokens: int | Literal["inf"]
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`."""

    truncation: RealtimeTruncationParam

    prompt: PromptParam
