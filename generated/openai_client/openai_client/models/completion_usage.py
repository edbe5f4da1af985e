"""CompletionUsage."""

from __future__ import annotations

from .._models import OagenModel
from .completion_usage_completion_tokens_details import CompletionUsageCompletionTokensDetails
from .completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails

__all__ = ["CompletionUsage"]


class CompletionUsage(OagenModel):
    """Usage statistics for the completion request."""

    completion_tokens: int
    """Number of tokens in the generated completion.

    Server default: ``0``."""

    prompt_tokens: int
    """Number of tokens in the prompt.

    Server default: ``0``."""

    total_tokens: int
    """Total number of tokens used in the request (prompt + completion).

    Server default: ``0``."""

    completion_tokens_details: CompletionUsageCompletionTokensDetails | None = None
    """Breakdown of tokens used in a completion."""

    prompt_tokens_details: CompletionUsagePromptTokensDetails | None = None
    """Breakdown of tokens used in the prompt."""
