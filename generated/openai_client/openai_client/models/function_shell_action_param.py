"""FunctionShellActionParam."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["FunctionShellActionParam"]


class FunctionShellActionParam(OagenModel):
    """Commands and limits describing how to run the shell tool call."""

    commands: list[str]
    """Ordered shell commands for the execution environment to run."""

    timeout_ms: int | None = None

    max_output_length: int | None = None
