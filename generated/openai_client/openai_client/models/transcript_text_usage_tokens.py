"""TranscriptTextUsageTokens."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .transcript_text_usage_tokens_input_token_details import (
    TranscriptTextUsageTokensInputTokenDetails,
)

__all__ = ["TranscriptTextUsageTokens"]


class TranscriptTextUsageTokens(OagenModel):
    """Usage statistics for models billed by token usage."""

    type: Literal["tokens"]
    """The type of the usage object. Always `tokens` for this variant."""

    input_tokens: int
    """Number of input tokens billed for this request."""

    input_token_details: TranscriptTextUsageTokensInputTokenDetails | None = None
    """Details about the input tokens billed for this request."""

    output_tokens: int
    """Number of output tokens generated."""

    total_tokens: int
    """Total number of tokens used (input + output)."""
