"""LocalShellExecAction."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["LocalShellExecAction", "LocalShellExecActionParam"]


class LocalShellExecAction(OagenModel):
    """Execute a shell command on the server."""

    type: Literal["exec"]
    """The type of the local shell action. Always `exec`.

    Server default: ``"exec"``."""

    command: list[str]
    """The command to run."""

    timeout_ms: int | None = None

    working_directory: str | None = None

    env: dict[str, str]
    """Environment variables to set for the command."""

    user: str | None = None


class LocalShellExecActionParam(TypedDict, total=False):
    """Request form of :class:`LocalShellExecAction`: a dict a type checker can check."""

    type: Required[Literal["exec"]]
    """The type of the local shell action. Always `exec`."""

    command: Required[Sequence[str]]
    """The command to run."""

    timeout_ms: int | None

    working_directory: str | None

    env: Required[Mapping[str, str]]
    """Environment variables to set for the command."""

    user: str | None
