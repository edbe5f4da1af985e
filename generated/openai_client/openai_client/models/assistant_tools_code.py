"""AssistantToolsCode."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["AssistantToolsCode", "AssistantToolsCodeParam"]


class AssistantToolsCode(OagenModel):
    """Code interpreter tool"""

    type: Literal["code_interpreter"]
    """The type of tool being defined: `code_interpreter`"""


class AssistantToolsCodeParam(TypedDict, total=False):
    """Request form of :class:`AssistantToolsCode`: a dict a type checker can check."""

    type: Required[Literal["code_interpreter"]]
    """The type of tool being defined: `code_interpreter`"""
