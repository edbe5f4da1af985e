"""BatchUsage."""

from __future__ import annotations

from .._models import OagenModel
from .batch_usage_input_tokens_details import BatchUsageInputTokensDetails
from .batch_usage_output_tokens_details import BatchUsageOutputTokensDetails

__all__ = ["BatchUsage"]


class BatchUsage(OagenModel):
    """Represents token usage details including input tokens, output tokens, a
    breakdown of output tokens, and the total tokens used. Only populated on
    batches created after September 7, 2025."""

    input_tokens: int
    """The number of input tokens."""

    input_tokens_details: BatchUsageInputTokensDetails
    """A detailed breakdown of the input tokens."""

    output_tokens: int
    """The number of output tokens."""

    output_tokens_details: BatchUsageOutputTokensDetails
    """A detailed breakdown of the output tokens."""

    total_tokens: int
    """The total number of tokens used."""
