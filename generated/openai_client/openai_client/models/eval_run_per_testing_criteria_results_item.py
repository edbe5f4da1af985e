"""EvalRunPerTestingCriteriaResultsItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["EvalRunPerTestingCriteriaResultsItem"]


class EvalRunPerTestingCriteriaResultsItem(OagenModel):
    """EvalRunPerTestingCriteriaResultsItem"""

    testing_criteria: str
    """A description of the testing criteria."""

    passed: int
    """Number of tests passed for this criteria."""

    failed: int
    """Number of tests failed for this criteria."""
