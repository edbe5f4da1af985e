"""ModifyMessageRequest."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .metadata import Metadata

__all__ = ["ModifyMessageRequest", "ModifyMessageRequestParam"]


class ModifyMessageRequest(OagenModel):
    """ModifyMessageRequest"""

    metadata: Metadata | None = None


class ModifyMessageRequestParam(TypedDict, total=False):
    """Request form of :class:`ModifyMessageRequest`: a dict a type checker can check."""

    metadata: Metadata
