"""RunGraderRequest."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .run_grader_request_grader import RunGraderRequestGrader, RunGraderRequestGraderParam

__all__ = ["RunGraderRequest", "RunGraderRequestParam"]


class RunGraderRequest(OagenModel):
    """RunGraderRequest"""

    grader: RunGraderRequestGrader
    """The grader used for the fine-tuning job."""

    item: dict[str, Any] | None = None
    """The dataset item provided to the grader. This will be used to populate
    the `item` namespace. See [the guide](/docs/guides/graders) for more details."""

    model_sample: str
    """The model sample to be evaluated. This value will be used to populate
    the `sample` namespace. See [the guide](/docs/guides/graders) for more details.
    The `output_json` variable will be populated if the model sample is a
    valid JSON string."""


class RunGraderRequestParam(TypedDict, total=False):
    """Request form of :class:`RunGraderRequest`: a dict a type checker can check."""

    grader: Required[RunGraderRequestGraderParam]
    """The grader used for the fine-tuning job."""

    item: Mapping[str, Any]
    """The dataset item provided to the grader. This will be used to populate
    the `item` namespace. See [the guide](/docs/guides/graders) for more details."""

    model_sample: Required[str]
    """The model sample to be evaluated. This value will be used to populate
    the `sample` namespace. See [the guide](/docs/guides/graders) for more details.
    The `output_json` variable will be populated if the model sample is a
    valid JSON string."""
