"""RunStreamEventThreadRunRequiresAction."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .run_object import RunObject

__all__ = ["RunStreamEventThreadRunRequiresAction"]


class RunStreamEventThreadRunRequiresAction(OagenModel):
    """Occurs when a [run](/docs/api-reference/runs/object) moves to a `requires_action` status."""

    event: Literal["thread.run.requires_action"]

    data: RunObject
