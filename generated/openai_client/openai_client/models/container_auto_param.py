"""ContainerAutoParam."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .container_auto_param_network_policy import (
    ContainerAutoParamNetworkPolicy,
    ContainerAutoParamNetworkPolicyParam,
)
from .container_auto_param_skills_item import (
    ContainerAutoParamSkillsItem,
    ContainerAutoParamSkillsItemParam,
)
from .container_memory_limit import ContainerMemoryLimit

__all__ = ["ContainerAutoParam", "ContainerAutoParamParam"]


class ContainerAutoParam(OagenModel):
    """ContainerAutoParam"""

    type: Literal["container_auto"]
    """Automatically creates a container for this request

    Server default: ``"container_auto"``."""

    file_ids: list[str] | None = None
    """An optional list of uploaded files to make available to your code."""

    memory_limit: ContainerMemoryLimit | str | None = None

    network_policy: ContainerAutoParamNetworkPolicy | None = None
    """Network access policy for the container."""

    skills: list[ContainerAutoParamSkillsItem] | None = None
    """An optional list of skills referenced by id or inline data."""


class ContainerAutoParamParam(TypedDict, total=False):
    """Request form of :class:`ContainerAutoParam`: a dict a type checker can check."""

    type: Required[Literal["container_auto"]]
    """Automatically creates a container for this request"""

    file_ids: Sequence[str]
    """An optional list of uploaded files to make available to your code."""

    memory_limit: ContainerMemoryLimit | None

    network_policy: ContainerAutoParamNetworkPolicyParam
    """Network access policy for the container."""

    skills: Sequence[ContainerAutoParamSkillsItemParam]
    """An optional list of skills referenced by id or inline data."""
