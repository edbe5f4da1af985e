"""ThreadObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .metadata import Metadata
from .thread_object_tool_resources_variant1 import ThreadObjectToolResourcesVariant1

__all__ = ["ThreadObject"]


class ThreadObject(OagenModel):
    """Represents a thread that contains [messages](/docs/api-reference/messages)."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["thread"]
    """The object type, which is always `thread`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the thread was created."""

    tool_resources: ThreadObjectToolResourcesVariant1 | None

    metadata: Metadata
