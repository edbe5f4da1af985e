"""ContainerResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .container_resource_expires_after import ContainerResourceExpiresAfter
from .container_resource_network_policy import ContainerResourceNetworkPolicy

__all__ = ["ContainerResource"]


class ContainerResource(OagenModel):
    """The container object"""

    id: str
    """Unique identifier for the container."""

    object: str
    """The type of this object."""

    name: str
    """Name of the container."""

    created_at: int
    """Unix timestamp (in seconds) when the container was created."""

    status: str
    """Status of the container (e.g., active, deleted)."""

    last_active_at: int | None = None
    """Unix timestamp (in seconds) when the container was last active."""

    expires_after: ContainerResourceExpiresAfter | None = None
    """The container will expire after this time period.
    The anchor is the reference point for the expiration.
    The minutes is the number of minutes after the anchor before the container expires."""

    memory_limit: Literal["1g", "4g", "16g", "64g"] | str | None = None
    """The memory limit configured for the container."""

    network_policy: ContainerResourceNetworkPolicy | None = None
    """Network access policy for the container."""
