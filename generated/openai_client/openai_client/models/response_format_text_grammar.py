"""ResponseFormatTextGrammar."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ResponseFormatTextGrammar"]


class ResponseFormatTextGrammar(OagenModel):
    """A custom grammar for the model to follow when generating text.
    Learn more in the [custom grammars guide](/docs/guides/custom-grammars)."""

    type: Literal["grammar"]
    """The type of response format being defined. Always `grammar`."""

    grammar: str
    """The custom grammar for the model to follow."""
