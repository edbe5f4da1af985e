"""OutputTextContent."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .annotation import Annotation, AnnotationParam
from .log_prob import LogProb, LogProbParam

__all__ = ["OutputTextContent", "OutputTextContentParam"]


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


class OutputTextContentParam(TypedDict, total=False):
    """Request form of :class:`OutputTextContent`: a dict a type checker can check."""

    type: Required[Literal["output_text"]]
    """The type of the output text. Always `output_text`."""

    text: Required[str]
    """The text output from the model."""

    annotations: Required[Sequence[AnnotationParam]]
    """The annotations of the text output."""

    logprobs: Required[Sequence[LogProbParam | LogProb]]
