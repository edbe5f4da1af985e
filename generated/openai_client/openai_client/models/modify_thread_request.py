"""ModifyThreadRequest."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .metadata import Metadata
from .modify_thread_request_tool_resources_variant1 import (
    ModifyThreadRequestToolResourcesVariant1,
    ModifyThreadRequestToolResourcesVariant1Param,
)

__all__ = ["ModifyThreadRequest", "ModifyThreadRequestParam"]


class ModifyThreadRequest(OagenModel):
    """ModifyThreadRequest"""

    tool_resources: ModifyThreadRequestToolResourcesVariant1 | None = None

    metadata: Metadata | None = None


class ModifyThreadRequestParam(TypedDict, total=False):
    """Request form of :class:`ModifyThreadRequest`: a dict a type checker can check."""

    tool_resources: (
        ModifyThreadRequestToolResourcesVariant1Param
        | ModifyThreadRequestToolResourcesVariant1
        | None
    )

    metadata: Metadata
