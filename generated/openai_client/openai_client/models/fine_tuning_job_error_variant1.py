"""FineTuningJobErrorVariant1."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["FineTuningJobErrorVariant1"]


class FineTuningJobErrorVariant1(OagenModel):
    """For fine-tuning jobs that have `failed`, this will contain more information on the cause of the failure."""

    code: str
    """A machine-readable error code."""

    message: str
    """A human-readable error message."""

    param: str | None
