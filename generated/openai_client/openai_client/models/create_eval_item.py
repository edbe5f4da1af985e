"""CreateEvalItem."""

from __future__ import annotations

from typing import TypeAlias

from .create_eval_item_simple_input_message import (
    CreateEvalItemSimpleInputMessage,
    CreateEvalItemSimpleInputMessageParam,
)
from .eval_item import EvalItem, EvalItemParam

__all__ = ["CreateEvalItem", "CreateEvalItemParam"]

CreateEvalItem: TypeAlias = CreateEvalItemSimpleInputMessage | EvalItem
"""A chat message that makes up the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


CreateEvalItemParam: TypeAlias = (
    CreateEvalItemSimpleInputMessageParam
    | CreateEvalItemSimpleInputMessage
    | EvalItemParam
    | EvalItem
)
"""Request form of :class:`CreateEvalItem`: a dict a type checker can check."""
