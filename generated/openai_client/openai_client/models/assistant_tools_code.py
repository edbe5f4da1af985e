"""AssistantToolsCode."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["AssistantToolsCode"]


class AssistantToolsCode(OagenModel):
    """Code interpreter tool"""

    type: Literal["code_interpreter"]
    """The type of tool being defined: `code_interpreter`"""
