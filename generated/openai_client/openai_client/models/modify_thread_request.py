"""ModifyThreadRequest."""

from __future__ import annotations

from .._models import OagenModel
from .metadata import Metadata
from .modify_thread_request_tool_resources_variant1 import ModifyThreadRequestToolResourcesVariant1

__all__ = ["ModifyThreadRequest"]


class ModifyThreadRequest(OagenModel):
    """ModifyThreadRequest"""

    tool_resources: ModifyThreadRequestToolResourcesVariant1 | None = None

    metadata: Metadata | None = None
