"""RealtimeResponseCreateParams."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .metadata import Metadata
from .prompt import Prompt
from .realtime_conversation_item import RealtimeConversationItem
from .realtime_reasoning import RealtimeReasoning
from .realtime_response_create_params_audio import RealtimeResponseCreateParamsAudio
from .realtime_response_create_params_tools_item import RealtimeResponseCreateParamsToolsItem
from .tool_choice_function import ToolChoiceFunction
from .tool_choice_mcp import ToolChoiceMCP
from .tool_choice_options import ToolChoiceOptions

__all__ = ["RealtimeResponseCreateParams"]


class RealtimeResponseCreateParams(OagenModel):
    """Create a new Realtime response with these parameters"""

    output_modalities: list[Literal["text", "audio"] | str] | None = None
    """The set of modalities the model used to respond, currently the only possible values are
    `[\\"audio\\"]`, `[\\"text\\"]`. Audio output always include a text transcript. Setting the
    output to mode `text` will disable audio output from the model."""

    instructions: str | None = None
    """The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
    Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session.
    """

    audio: RealtimeResponseCreateParamsAudio | None = None
    """Configuration for audio input and output."""

    tools: list[RealtimeResponseCreateParamsToolsItem] | None = None
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

    conversation: Literal["auto", "none"] | str | None = None
    """Controls which conversation the response is added to. Currently supports
    `auto` and `none`, with `auto` as the default value. The `auto` value
    means that the contents of the response will be added to the default
    conversation. Set this to `none` to create an out-of-band response which
    will not add items to default conversation."""

    metadata: Metadata | None = None

    prompt: Prompt | None = None

    input: list[RealtimeConversationItem] | None = None
    """Input items to include in the prompt for the model. Using this field
    creates a new context for this Response instead of using the default
    conversation. An empty array `[]` will clear the context for this Response.
    Note that this can include references to items that previously appeared in the session
    using their id."""
