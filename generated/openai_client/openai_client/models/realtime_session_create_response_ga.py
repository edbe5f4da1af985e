"""RealtimeSessionCreateResponseGA."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .prompt import Prompt
from .realtime_reasoning import RealtimeReasoning
from .realtime_session_create_response_ga_audio import RealtimeSessionCreateResponseGAAudio
from .realtime_session_create_response_ga_tools_item import RealtimeSessionCreateResponseGAToolsItem
from .realtime_session_create_response_ga_tracing_tracing_configuration_tracing_configuration import (
    RealtimeSessionCreateResponseGATracingTracingConfigurationTracingConfiguration,
)
from .realtime_truncation import RealtimeTruncation
from .tool_choice_function import ToolChoiceFunction
from .tool_choice_mcp import ToolChoiceMCP
from .tool_choice_options import ToolChoiceOptions

__all__ = ["RealtimeSessionCreateResponseGA"]


class RealtimeSessionCreateResponseGA(OagenModel):
    """A Realtime session configuration object."""

    type: Literal["realtime"]
    """The type of session to create. Always `realtime` for the Realtime API."""

    id: str
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    object: Literal["realtime.session"]
    """The object type. Always `realtime.session`."""

    expires_at: int | None = None
    """Expiration timestamp for the session, in seconds since epoch."""

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

    audio: RealtimeSessionCreateResponseGAAudio | None = None
    """Configuration for input and output audio."""

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = None
    """Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription."""

    tracing: (
        Literal["auto"]
        | RealtimeSessionCreateResponseGATracingTracingConfigurationTracingConfiguration
        | None
    ) = None

    tools: list[RealtimeSessionCreateResponseGAToolsItem] | None = None
    """Tools available to the model."""

    tool_choice: ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP | str | None = None
    """How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool.

    Server default: ``"auto"``."""

    reasoning: RealtimeReasoning | None = None

    max_output_tokens: Literal["inf"] | int | None = None
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`."""

    truncation: RealtimeTruncation | None = None

    prompt: Prompt | None = None
