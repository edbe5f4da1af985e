"""FunctionShellCallOutputContentOutcome."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
from .function_shell_call_output_timeout_outcome import FunctionShellCallOutputTimeoutOutcome

__all__ = ["FunctionShellCallOutputContentOutcome"]

FunctionShellCallOutputContentOutcome: TypeAlias = Annotated[
    Union[
        Annotated[
            FunctionShellCallOutputTimeoutOutcome, Tag("FunctionShellCallOutputTimeoutOutcome")
        ],
        Annotated[FunctionShellCallOutputExitOutcome, Tag("FunctionShellCallOutputExitOutcome")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "timeout": "FunctionShellCallOutputTimeoutOutcome",
            "exit": "FunctionShellCallOutputExitOutcome",
        },
    ),
]
"""Represents either an exit outcome (with an exit code) or a timeout outcome for a shell call output chunk."""
