"""ModifyRunRequest."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .metadata import Metadata

__all__ = ["ModifyRunRequest", "ModifyRunRequestParam"]


class ModifyRunRequest(OagenModel):
    """ModifyRunRequest"""

    metadata: Metadata | None = None


class ModifyRunRequestParam(TypedDict, total=False):
    """Request form of :class:`ModifyRunRequest`: a dict a type checker can check."""

    metadata: Metadata
