"""CreateEvalItem."""

from __future__ import annotations

from typing import TypeAlias

from .create_eval_item_simple_input_message import CreateEvalItemSimpleInputMessage
from .eval_item import EvalItem

__all__ = ["CreateEvalItem"]

CreateEvalItem: TypeAlias = CreateEvalItemSimpleInputMessage | EvalItem
"""A chat message that makes up the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""
