"""RunGraderRequest."""

from __future__ import annotations

from typing import Any

from .._models import OagenModel
from .run_grader_request_grader import RunGraderRequestGrader

__all__ = ["RunGraderRequest"]


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
