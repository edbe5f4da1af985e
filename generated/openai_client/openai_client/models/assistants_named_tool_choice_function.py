"""AssistantsNamedToolChoiceFunction."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["AssistantsNamedToolChoiceFunction", "AssistantsNamedToolChoiceFunctionParam"]


class AssistantsNamedToolChoiceFunction(OagenModel):
    """AssistantsNamedToolChoiceFunction"""

    name: str
    """The name of the function to call."""


class AssistantsNamedToolChoiceFunctionParam(TypedDict, total=False):
    """Request form of :class:`AssistantsNamedToolChoiceFunction`: a dict a type checker can check."""

    name: Required[str]
    """The name of the function to call."""
