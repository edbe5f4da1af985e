"""InputItem."""

from __future__ import annotations

from typing import TypeAlias

from .compaction_trigger_item_param import CompactionTriggerItemParam
from .easy_input_message import EasyInputMessage
from .item import Item
from .item_reference_param import ItemReferenceParam

__all__ = ["InputItem"]

InputItem: TypeAlias = EasyInputMessage | Item | CompactionTriggerItemParam | ItemReferenceParam
