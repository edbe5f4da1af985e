"""AutoCodeInterpreterToolParam."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .auto_code_interpreter_tool_param_network_policy import (
    AutoCodeInterpreterToolParamNetworkPolicy,
    AutoCodeInterpreterToolParamNetworkPolicyParam,
)
from .container_memory_limit import ContainerMemoryLimit

__all__ = ["AutoCodeInterpreterToolParam", "AutoCodeInterpreterToolParamParam"]


class AutoCodeInterpreterToolParam(OagenModel):
    """Configuration for a code interpreter container. Optionally specify the IDs of the files to run the code on."""

    type: Literal["auto"]
    """Always `auto`.

    Server default: ``"auto"``."""

    file_ids: list[str] | None = None
    """An optional list of uploaded files to make available to your code."""

    memory_limit: ContainerMemoryLimit | str | None = None

    network_policy: AutoCodeInterpreterToolParamNetworkPolicy | None = None
    """Network access policy for the container."""


class AutoCodeInterpreterToolParamParam(TypedDict, total=False):
    """Request form of :class:`AutoCodeInterpreterToolParam`: a dict a type checker can check."""

    type: Required[Literal["auto"]]
    """Always `auto`."""

    file_ids: Sequence[str]
    """An optional list of uploaded files to make available to your code."""

    memory_limit: ContainerMemoryLimit | None

    network_policy: AutoCodeInterpreterToolParamNetworkPolicyParam
    """Network access policy for the container."""
