"""FunctionShellCallOutputOutcomeParam."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .function_shell_call_output_exit_outcome_param import (
    FunctionShellCallOutputExitOutcomeParam,
    FunctionShellCallOutputExitOutcomeParamParam,
)
from .function_shell_call_output_timeout_outcome_param import (
    FunctionShellCallOutputTimeoutOutcomeParam,
    FunctionShellCallOutputTimeoutOutcomeParamParam,
)

__all__ = ["FunctionShellCallOutputOutcomeParam", "FunctionShellCallOutputOutcomeParamParam"]

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


FunctionShellCallOutputOutcomeParamParam: TypeAlias = (
    FunctionShellCallOutputTimeoutOutcomeParamParam
    | FunctionShellCallOutputTimeoutOutcomeParam
    | FunctionShellCallOutputExitOutcomeParamParam
    | FunctionShellCallOutputExitOutcomeParam
)
"""Request form of :class:`FunctionShellCallOutputOutcomeParam`: a dict a type checker can check."""
