"""GraderLabelModel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .eval_item import EvalItem, EvalItemParam

__all__ = ["GraderLabelModel", "GraderLabelModelParam"]


class GraderLabelModel(OagenModel):
    """A LabelModelGrader object which uses a model to assign labels to each item
    in the evaluation."""

    type: Literal["label_model"]
    """The object type, which is always `label_model`."""

    name: str
    """The name of the grader."""

    model: str
    """The model to use for the evaluation. Must support structured outputs."""

    input: list[EvalItem]

    labels: list[str]
    """The labels to assign to each item in the evaluation."""

    passing_labels: list[str]
    """The labels that indicate a passing result. Must be a subset of labels."""


class GraderLabelModelParam(TypedDict, total=False):
    """Request form of :class:`GraderLabelModel`: a dict a type checker can check."""

    type: Required[Literal["label_model"]]
    """The object type, which is always `label_model`."""

    name: Required[str]
    """The name of the grader."""

    model: Required[str]
    """The model to use for the evaluation. Must support structured outputs."""

    input: Required[Sequence[EvalItemParam | EvalItem]]

    labels: Required[Sequence[str]]
    """The labels to assign to each item in the evaluation."""

    passing_labels: Required[Sequence[str]]
    """The labels that indicate a passing result. Must be a subset of labels."""
