"""EvalItemContentOutputText."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["EvalItemContentOutputText"]


class EvalItemContentOutputText(OagenModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`."""

    text: str
    """The text output from the model."""
