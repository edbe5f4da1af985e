"""RunStreamEventThreadRunCancelling."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_object import RunObject

__all__ = ["RunStreamEventThreadRunCancelling"]


class RunStreamEventThreadRunCancelling(OagenModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `cancelling` status."""

    event: Literal["thread.run.cancelling"]

    data: RunObject
