"""RealtimeSessionCreateResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .realtime_function_tool import RealtimeFunctionTool
from .realtime_session_create_response_audio import RealtimeSessionCreateResponseAudio
from .realtime_session_create_response_tracing_tracing_configuration import (
    RealtimeSessionCreateResponseTracingTracingConfiguration,
)
from .realtime_session_create_response_turn_detection import (
    RealtimeSessionCreateResponseTurnDetection,
)

__all__ = ["RealtimeSessionCreateResponse"]


class RealtimeSessionCreateResponse(OagenModel):
    """A Realtime session configuration object."""

    id: str | None = None
    """Unique identifier for the session that looks like `sess_1234567890abcdef`."""

    object: str | None = None
    """The object type. Always `realtime.session`."""

    expires_at: int | None = None
    """Expiration timestamp for the session, in seconds since epoch."""

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = None
    """Additional fields to include in server outputs.
    - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription."""

    model: str | None = None
    """The Realtime model used for this session."""

    output_modalities: list[Literal["text", "audio"] | str] | None = None
    """The set of modalities the model can respond with. To disable audio,
    set this to ["text"]."""

    instructions: str | None = None
    """The default system instructions (i.e. system message) prepended to model
    calls. This field allows the client to guide the model on desired
    responses. The model can be instructed on response content and format,
    (e.g. "be extremely succinct", "act friendly", "here are examples of good
    responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    into your voice", "laugh frequently"). The instructions are not guaranteed
    to be followed by the model, but they provide guidance to the model on the
    desired behavior.

    Note that the server sets default instructions which will be used if this
    field is not set and are visible in the `session.created` event at the
    start of the session."""

    audio: RealtimeSessionCreateResponseAudio | None = None
    """Configuration for input and output audio for the session."""

    tracing: Literal["auto"] | RealtimeSessionCreateResponseTracingTracingConfiguration | None = (
        None
    )
    """Configuration options for tracing. Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata."""

    turn_detection: RealtimeSessionCreateResponseTurnDetection | None = None
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech."""

    tools: list[RealtimeFunctionTool] | None = None
    """Tools (functions) available to the model."""

    tool_choice: str | None = None
    """How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function."""

    max_output_tokens: Literal["inf"] | int | None = None
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`."""
