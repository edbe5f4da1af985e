"""RunToolCallObjectFunction."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["RunToolCallObjectFunction"]


class RunToolCallObjectFunction(OagenModel):
    """The function definition."""

    name: str
    """The name of the function."""

    arguments: str
    """The arguments that the model expects you to pass to the function."""
