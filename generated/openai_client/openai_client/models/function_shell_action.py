"""FunctionShellAction."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["FunctionShellAction"]


class FunctionShellAction(OagenModel):
    """Execute a shell command."""

    commands: list[str]

    timeout_ms: int | None

    max_output_length: int | None
