"""RunStepDeltaStepDetailsToolCallsFunctionObjectFunction."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RunStepDeltaStepDetailsToolCallsFunctionObjectFunction"]


class RunStepDeltaStepDetailsToolCallsFunctionObjectFunction(OagenModel):
    """The definition of the function that was called."""

    name: str | None = None
    """The name of the function."""

    arguments: str | None = None
    """The arguments passed to the function."""

    output: str | None = None
