"""UpdateEvalRequest."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .metadata import Metadata

__all__ = ["UpdateEvalRequest", "UpdateEvalRequestParam"]


class UpdateEvalRequest(OagenModel):
    """UpdateEvalRequest"""

    name: str | None = None
    """Rename the evaluation."""

    metadata: Metadata | None = None


class UpdateEvalRequestParam(TypedDict, total=False):
    """Request form of :class:`UpdateEvalRequest`: a dict a type checker can check."""

    name: str
    """Rename the evaluation."""

    metadata: Metadata
