"""ChatCompletionAllowedTools."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ChatCompletionAllowedTools", "ChatCompletionAllowedToolsParam"]


class ChatCompletionAllowedTools(OagenModel):
    """Constrains the tools available to the model to a pre-defined set."""

    mode: Literal["auto", "required"] | str
    """Constrains the tools available to the model to a pre-defined set.

    `auto` allows the model to pick from among the allowed tools and generate a
    message.

    `required` requires the model to call one or more of the allowed tools."""

    tools: list[dict[str, Any]]
    """A list of tool definitions that the model should be allowed to call.

    For the Chat Completions API, the list of tool definitions might look like:
    ```json
    [
      { "type": "function", "function": { "name": "get_weather" } },
      { "type": "function", "function": { "name": "get_time" } }
    ]
    ```"""


class ChatCompletionAllowedToolsParam(TypedDict, total=False):
    """Request form of :class:`ChatCompletionAllowedTools`: a dict a type checker can check."""

    mode: Required[Literal["auto", "required"]]
    """Constrains the tools available to the model to a pre-defined set.

    `auto` allows the model to pick from among the allowed tools and generate a
    message.

    `required` requires the model to call one or more of the allowed tools."""

    tools: Required[Sequence[Mapping[str, Any]]]
    """A list of tool definitions that the model should be allowed to call.

    For the Chat Completions API, the list of tool definitions might look like:
    ```json
    [
      { "type": "function", "function": { "name": "get_weather" } },
      { "type": "function", "function": { "name": "get_time" } }
    ]
    ```"""
