"""RunStreamEventThreadRunCreated."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_object import RunObject

__all__ = ["RunStreamEventThreadRunCreated"]


class RunStreamEventThreadRunCreated(OagenModel):
    """Occurs when a new [run](/docs/api-reference/runs/object) is created."""

    event: Literal["thread.run.created"]

    data: RunObject
