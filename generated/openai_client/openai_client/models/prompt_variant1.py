"""PromptVariant1."""

from __future__ import annotations

from .._models import OagenModel
from .response_prompt_variables import ResponsePromptVariables

__all__ = ["PromptVariant1"]


class PromptVariant1(OagenModel):
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts)."""

    id: str
    """The unique identifier of the prompt template to use."""

    version: str | None = None

    variables: ResponsePromptVariables | None = None
