"""RunStreamEventThreadRunIncomplete."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_object import RunObject

__all__ = ["RunStreamEventThreadRunIncomplete"]


class RunStreamEventThreadRunIncomplete(OagenModel):
    """Occurs when a [run](/docs/api-reference/runs/object) ends with status `incomplete`."""

    event: Literal["thread.run.incomplete"]

    data: RunObject
