"""FunctionShellActionParam."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["FunctionShellActionParam", "FunctionShellActionParamParam"]


class FunctionShellActionParam(OagenModel):
    """Commands and limits describing how to run the shell tool call."""

    commands: list[str]
    """Ordered shell commands for the execution environment to run."""

    timeout_ms: int | None = None

    max_output_length: int | None = None


class FunctionShellActionParamParam(TypedDict, total=False):
    """Request form of :class:`FunctionShellActionParam`: a dict a type checker can check."""

    commands: Required[Sequence[str]]
    """Ordered shell commands for the execution environment to run."""

    timeout_ms: int | None

    max_output_length: int | None
