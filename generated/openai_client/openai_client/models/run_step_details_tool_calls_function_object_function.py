"""RunStepDetailsToolCallsFunctionObjectFunction."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RunStepDetailsToolCallsFunctionObjectFunction"]


class RunStepDetailsToolCallsFunctionObjectFunction(OagenModel):
    """The definition of the function that was called."""

    name: str
    """The name of the function."""

    arguments: str
    """The arguments passed to the function."""

    output: str | None
