"""ResponsesRequest."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel
from .responses_request_prompt import ResponsesRequestPrompt
from .responses_request_reasoning import ResponsesRequestReasoning

__all__ = ["ResponsesRequest"]


class ResponsesRequest(OagenModel):
    """ResponsesRequest"""

    model: str

    input: dict[str, Any] | None = None

    input_items: list[dict[str, Any]] | None = None

    conversation: dict[str, Any] | str | None = None

    include: list[str] | None = None

    instructions: str | None = None

    max_output_tokens: int | None = None

    max_tool_calls: int | None = None

    metadata: dict[str, str] | None = None

    parallel_tool_calls: bool | None = None

    previous_response_id: str | None = None

    prompt: ResponsesRequestPrompt | None = None

    prompt_cache_key: str | None = None

    prompt_cache_retention: str | None = None

    reasoning: ResponsesRequestReasoning | None = None

    safety_identifier: str | None = None

    service_tier: str | None = None

    store: bool | None = None

    stream: bool | None = None

    stream_options: dict[str, Any] | None = None

    temperature: float | None = None

    text: dict[str, Any] | None = None

    tool_choice: dict[str, Any] | str | None = None

    tools: list[dict[str, Any]] | None = None

    top_logprobs: int | None = None

    top_p: float | None = None

    truncation: str | None = None

    background: bool | None = None

    user: str | None = None

    usage: bool | None = None

    meta: bool | None = None
