"""AutoCodeInterpreterToolParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .auto_code_interpreter_tool_param_network_policy import (
    AutoCodeInterpreterToolParamNetworkPolicy,
)
from .container_memory_limit import ContainerMemoryLimit

__all__ = ["AutoCodeInterpreterToolParam"]


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
