"""ResponseProperties."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .model_ids_responses import ModelIdsResponses
from .prompt import Prompt
from .reasoning import Reasoning
from .response_text_param import ResponseTextParam
from .tool_choice_param import ToolChoiceParam
from .tools_array import ToolsArray

__all__ = ["ResponseProperties"]


class ResponseProperties(OagenModel):
    """ResponseProperties"""

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
