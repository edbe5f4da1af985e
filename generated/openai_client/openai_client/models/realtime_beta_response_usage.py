"""RealtimeBetaResponseUsage."""

from __future__ import annotations

from .._models import OagenModel
from .realtime_beta_response_usage_input_token_details import (
    RealtimeBetaResponseUsageInputTokenDetails,
)
from .realtime_beta_response_usage_output_token_details import (
    RealtimeBetaResponseUsageOutputTokenDetails,
)

__all__ = ["RealtimeBetaResponseUsage"]


class RealtimeBetaResponseUsage(OagenModel):
    """Usage statistics for the Response, this will correspond to billing. A
    Realtime API session will maintain a conversation context and append new
    Items to the Conversation, thus output from previous turns (text and
    audio tokens) will become the input for later turns."""

    total_tokens: int | None = None
    """The total number of tokens in the Response including input and output
    text and audio tokens."""

    input_tokens: int | None = None
    """The number of input tokens used in the Response, including text and
    audio tokens."""

    output_tokens: int | None = None
    """The number of output tokens sent in the Response, including text and
    audio tokens."""

    input_token_details: RealtimeBetaResponseUsageInputTokenDetails | None = None
    """Details about the input tokens used in the Response."""

    output_token_details: RealtimeBetaResponseUsageOutputTokenDetails | None = None
    """Details about the output tokens used in the Response."""
