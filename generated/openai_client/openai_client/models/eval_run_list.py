"""EvalRunList."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .eval_run import EvalRun

__all__ = ["EvalRunList"]


class EvalRunList(OagenModel):
    """An object representing a list of runs for an evaluation."""

    object: Literal["list"]
    """The type of this object. It is always set to "list".

    Server default: ``"list"``."""

    data: list[EvalRun]
    """An array of eval run objects."""

    first_id: str
    """The identifier of the first eval run in the data array."""

    last_id: str
    """The identifier of the last eval run in the data array."""

    has_more: bool
    """Indicates whether there are more evals available."""
