"""LocalShellToolParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["LocalShellToolParam", "LocalShellToolParamParam"]


class LocalShellToolParam(OagenModel):
    """A tool that allows the model to execute shell commands in a local environment."""

    type: Literal["local_shell"]
    """The type of the local shell tool. Always `local_shell`.

    Server default: ``"local_shell"``."""


class LocalShellToolParamParam(TypedDict, total=False):
    """Request form of :class:`LocalShellToolParam`: a dict a type checker can check."""

    type: Required[Literal["local_shell"]]
    """The type of the local shell tool. Always `local_shell`."""
