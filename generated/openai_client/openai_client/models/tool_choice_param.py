"""ToolChoiceParam."""

from __future__ import annotations

from typing import TypeAlias

from .specific_apply_patch_param import SpecificApplyPatchParam, SpecificApplyPatchParamParam
from .specific_function_shell_param import (
    SpecificFunctionShellParam,
    SpecificFunctionShellParamParam,
)
from .tool_choice_allowed import ToolChoiceAllowed, ToolChoiceAllowedParam
from .tool_choice_custom import ToolChoiceCustom, ToolChoiceCustomParam
from .tool_choice_function import ToolChoiceFunction, ToolChoiceFunctionParam
from .tool_choice_mcp import ToolChoiceMCP, ToolChoiceMCPParam
from .tool_choice_options import ToolChoiceOptions
from .tool_choice_types import ToolChoiceTypes, ToolChoiceTypesParam

__all__ = ["ToolChoiceParam", "ToolChoiceParamParam"]

ToolChoiceParam: TypeAlias = (
    ToolChoiceOptions
    | ToolChoiceAllowed
    | ToolChoiceTypes
    | ToolChoiceFunction
    | ToolChoiceMCP
    | ToolChoiceCustom
    | SpecificApplyPatchParam
    | SpecificFunctionShellParam
    | str
)
"""How the model should select which tool (or tools) to use when generating
a response. See the `tools` parameter to see how to specify which tools
the model can call."""


ToolChoiceParamParam: TypeAlias = (
    ToolChoiceOptions
    | ToolChoiceAllowedParam
    | ToolChoiceAllowed
    | ToolChoiceTypesParam
    | ToolChoiceTypes
    | ToolChoiceFunctionParam
    | ToolChoiceFunction
    | ToolChoiceMCPParam
    | ToolChoiceMCP
    | ToolChoiceCustomParam
    | ToolChoiceCustom
    | SpecificApplyPatchParamParam
    | SpecificApplyPatchParam
    | SpecificFunctionShellParamParam
    | SpecificFunctionShellParam
)
"""Request form of :class:`ToolChoiceParam`: a dict a type checker can check."""
