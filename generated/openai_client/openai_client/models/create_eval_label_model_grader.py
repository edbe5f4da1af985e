"""CreateEvalLabelModelGrader."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_eval_item import CreateEvalItem, CreateEvalItemParam

__all__ = ["CreateEvalLabelModelGrader", "CreateEvalLabelModelGraderParam"]


class CreateEvalLabelModelGrader(OagenModel):
    """A LabelModelGrader object which uses a model to assign labels to each item
    in the evaluation."""

    type: Literal["label_model"]
    """The object type, which is always `label_model`."""

    name: str
    """The name of the grader."""

    model: str
    """The model to use for the evaluation. Must support structured outputs."""

    input: list[CreateEvalItem]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""

    labels: list[str]
    """The labels to classify to each item in the evaluation."""

    passing_labels: list[str]
    """The labels that indicate a passing result. Must be a subset of labels."""


class CreateEvalLabelModelGraderParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalLabelModelGrader`: a dict a type checker can check."""

    type: Required[Literal["label_model"]]
    """The object type, which is always `label_model`."""

    name: Required[str]
    """The name of the grader."""

    model: Required[str]
    """The model to use for the evaluation. Must support structured outputs."""

    input: Required[Sequence[CreateEvalItemParam]]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""

    labels: Required[Sequence[str]]
    """The labels to classify to each item in the evaluation."""

    passing_labels: Required[Sequence[str]]
    """The labels that indicate a passing result. Must be a subset of labels."""
