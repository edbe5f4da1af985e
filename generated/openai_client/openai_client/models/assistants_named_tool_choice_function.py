"""AssistantsNamedToolChoiceFunction."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AssistantsNamedToolChoiceFunction"]


class AssistantsNamedToolChoiceFunction(OagenModel):
    """AssistantsNamedToolChoiceFunction"""

    name: str
    """The name of the function to call."""
