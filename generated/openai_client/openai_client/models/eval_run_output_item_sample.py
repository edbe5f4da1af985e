"""EvalRunOutputItemSample."""

from __future__ import annotations

from .._models import OagenModel
from .eval_api_error import EvalApiError
from .eval_run_output_item_sample_input_item import EvalRunOutputItemSampleInputItem
from .eval_run_output_item_sample_output_item import EvalRunOutputItemSampleOutputItem
from .eval_run_output_item_sample_usage import EvalRunOutputItemSampleUsage

__all__ = ["EvalRunOutputItemSample"]


class EvalRunOutputItemSample(OagenModel):
    """A sample containing the input and output of the evaluation run."""

    input: list[EvalRunOutputItemSampleInputItem]
    """An array of input messages."""

    output: list[EvalRunOutputItemSampleOutputItem]
    """An array of output messages."""

    finish_reason: str
    """The reason why the sample generation was finished."""

    model: str
    """The model used for generating the sample."""

    usage: EvalRunOutputItemSampleUsage
    """Token usage details for the sample."""

    error: EvalApiError

    temperature: float
    """The sampling temperature used."""

    max_completion_tokens: int
    """The maximum number of tokens allowed for completion."""

    top_p: float
    """The top_p value used for sampling."""

    seed: int
    """The seed used for generating the sample."""
