"""ResponseUsage."""

from __future__ import annotations

from .._models import OagenModel
from .response_usage_input_tokens_details import ResponseUsageInputTokensDetails
from .response_usage_output_tokens_details import ResponseUsageOutputTokensDetails

__all__ = ["ResponseUsage"]


class ResponseUsage(OagenModel):
    """Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used."""

    input_tokens: int
    """The number of input tokens."""

    input_tokens_details: ResponseUsageInputTokensDetails
    """A detailed breakdown of the input tokens."""

    output_tokens: int
    """The number of output tokens."""

    output_tokens_details: ResponseUsageOutputTokensDetails
    """A detailed breakdown of the output tokens."""

    total_tokens: int
    """The total number of tokens used."""
