"""CompactionTriggerItemParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CompactionTriggerItemParam", "CompactionTriggerItemParamParam"]


class CompactionTriggerItemParam(OagenModel):
    """Compacts the current context. Must be the final input item."""

    type: Literal["compaction_trigger"]
    """The type of the item. Always `compaction_trigger`.

    Server default: ``"compaction_trigger"``."""


class CompactionTriggerItemParamParam(TypedDict, total=False):
    """Request form of :class:`CompactionTriggerItemParam`: a dict a type checker can check."""

    type: Required[Literal["compaction_trigger"]]
    """The type of the item. Always `compaction_trigger`."""
