"""PromptVariant1."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .response_prompt_variables import ResponsePromptVariables, ResponsePromptVariablesParam

__all__ = ["PromptVariant1", "PromptVariant1Param"]


class PromptVariant1(OagenModel):
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts)."""

    id: str
    """The unique identifier of the prompt template to use."""

    version: str | None = None

    variables: ResponsePromptVariables | None = None


class PromptVariant1Param(TypedDict, total=False):
    """Request form of :class:`PromptVariant1`: a dict a type checker can check."""

    id: Required[str]
    """The unique identifier of the prompt template to use."""

    version: str | None

    variables: ResponsePromptVariablesParam
