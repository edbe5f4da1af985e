"""ContainerAutoParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .container_auto_param_network_policy import ContainerAutoParamNetworkPolicy
from .container_auto_param_skills_item import ContainerAutoParamSkillsItem
from .container_memory_limit import ContainerMemoryLimit

__all__ = ["ContainerAutoParam"]


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
