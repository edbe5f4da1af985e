"""UpdateChatCompletionRequest."""

from __future__ import annotations

from .._models import OagenModel
from .metadata import Metadata

__all__ = ["UpdateChatCompletionRequest"]


class UpdateChatCompletionRequest(OagenModel):
    """UpdateChatCompletionRequest"""

    metadata: Metadata
