"""CreateContainerBody."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_container_body_expires_after import (
    CreateContainerBodyExpiresAfter,
    CreateContainerBodyExpiresAfterParam,
)
from .create_container_body_network_policy import (
    CreateContainerBodyNetworkPolicy,
    CreateContainerBodyNetworkPolicyParam,
)
from .create_container_body_skills_item import (
    CreateContainerBodySkillsItem,
    CreateContainerBodySkillsItemParam,
)

__all__ = ["CreateContainerBody", "CreateContainerBodyParam"]


class CreateContainerBody(OagenModel):
    """CreateContainerBody"""

    name: str
    """Name of the container to create."""

    file_ids: list[str] | None = None
    """IDs of files to copy to the container."""

    expires_after: CreateContainerBodyExpiresAfter | None = None
    """Container expiration time in seconds relative to the 'anchor' time."""

    skills: list[CreateContainerBodySkillsItem] | None = None
    """An optional list of skills referenced by id or inline data."""

    memory_limit: Literal["1g", "4g", "16g", "64g"] | str | None = None
    """Optional memory limit for the container. Defaults to "1g"."""

    network_policy: CreateContainerBodyNetworkPolicy | None = None
    """Network access policy for the container."""


class CreateContainerBodyParam(TypedDict, total=False):
    """Request form of :class:`CreateContainerBody`: a dict a type checker can check."""

    name: Required[str]
    """Name of the container to create."""

    file_ids: Sequence[str]
    """IDs of files to copy to the container."""

    expires_after: CreateContainerBodyExpiresAfterParam | CreateContainerBodyExpiresAfter
    """Container expiration time in seconds relative to the 'anchor' time."""

    skills: Sequence[CreateContainerBodySkillsItemParam]
    """An optional list of skills referenced by id or inline data."""

    memory_limit: Literal["1g", "4g", "16g", "64g"]
    """Optional memory limit for the container. Defaults to "1g"."""

    network_policy: CreateContainerBodyNetworkPolicyParam
    """Network access policy for the container."""
