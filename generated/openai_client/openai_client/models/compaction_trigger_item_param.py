"""CompactionTriggerItemParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["CompactionTriggerItemParam"]


class CompactionTriggerItemParam(OagenModel):
    """Compacts the current context. Must be the final input item."""

    type: Literal["compaction_trigger"]
    """The type of the item. Always `compaction_trigger`.

    Server default: ``"compaction_trigger"``."""
