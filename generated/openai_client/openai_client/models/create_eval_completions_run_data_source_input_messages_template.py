"""CreateEvalCompletionsRunDataSourceInputMessagesTemplate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .easy_input_message import EasyInputMessage, EasyInputMessageParam
from .eval_item import EvalItem, EvalItemParam

__all__ = [
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplate",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateParam",
]


class CreateEvalCompletionsRunDataSourceInputMessagesTemplate(OagenModel):
    """TemplateInputMessages"""

    type: Literal["template"]
    """The type of input messages. Always `template`."""

    template: list[EasyInputMessage | EvalItem]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


class CreateEvalCompletionsRunDataSourceInputMessagesTemplateParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalCompletionsRunDataSourceInputMessagesTemplate`: a dict a type checker can check."""

    type: Required[Literal["template"]]
    """The type of input messages. Always `template`."""

    template: Required[
        Sequence[EasyInputMessageParam | EasyInputMessage | EvalItemParam | EvalItem]
    ]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""
