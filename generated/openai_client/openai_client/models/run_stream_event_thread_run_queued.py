"""RunStreamEventThreadRunQueued."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_object import RunObject

__all__ = ["RunStreamEventThreadRunQueued"]


class RunStreamEventThreadRunQueued(OagenModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `queued` status."""

    event: Literal["thread.run.queued"]

    data: RunObject
