"""FunctionShellCallOutputOutcomeParam."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .function_shell_call_output_exit_outcome_param import FunctionShellCallOutputExitOutcomeParam
from .function_shell_call_output_timeout_outcome_param import (
    FunctionShellCallOutputTimeoutOutcomeParam,
)

__all__ = ["FunctionShellCallOutputOutcomeParam"]

FunctionShellCallOutputOutcomeParam: TypeAlias = Annotated[
    Union[
        Annotated[
            FunctionShellCallOutputTimeoutOutcomeParam,
            Tag("FunctionShellCallOutputTimeoutOutcomeParam"),
        ],
        Annotated[
            FunctionShellCallOutputExitOutcomeParam, Tag("FunctionShellCallOutputExitOutcomeParam")
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "timeout": "FunctionShellCallOutputTimeoutOutcomeParam",
            "exit": "FunctionShellCallOutputExitOutcomeParam",
        },
    ),
]
"""The exit or timeout outcome associated with this shell call."""
