"""OutputTextContent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .annotation import Annotation
from .log_prob import LogProb

__all__ = ["OutputTextContent"]


class OutputTextContent(OagenModel):
    """A text output from the model."""

    type: Literal["output_text"]
    """The type of the output text. Always `output_text`.

    Server default: ``"output_text"``."""

    text: str
    """The text output from the model."""

    annotations: list[Annotation]
    """The annotations of the text output."""

    logprobs: list[LogProb]
