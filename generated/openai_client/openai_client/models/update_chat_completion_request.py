"""UpdateChatCompletionRequest."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .metadata import Metadata

__all__ = ["UpdateChatCompletionRequest", "UpdateChatCompletionRequestParam"]


class UpdateChatCompletionRequest(OagenModel):
    """UpdateChatCompletionRequest"""

    metadata: Metadata


class UpdateChatCompletionRequestParam(TypedDict, total=False):
    """Request form of :class:`UpdateChatCompletionRequest`: a dict a type checker can check."""

    metadata: Required[Metadata]
