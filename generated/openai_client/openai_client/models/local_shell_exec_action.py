"""LocalShellExecAction."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["LocalShellExecAction"]


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
