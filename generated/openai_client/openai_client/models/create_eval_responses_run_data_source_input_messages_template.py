"""CreateEvalResponsesRunDataSourceInputMessagesTemplate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .create_eval_responses_run_data_source_input_messages_template_template_item_chat_message import (
    CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage,
    CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessageParam,
)
from .eval_item import EvalItem, EvalItemParam

__all__ = [
    "CreateEvalResponsesRunDataSourceInputMessagesTemplate",
    "CreateEvalResponsesRunDataSourceInputMessagesTemplateParam",
]


class CreateEvalResponsesRunDataSourceInputMessagesTemplate(OagenModel):
    """InputMessagesTemplate"""

    type: Literal["template"]
    """The type of input messages. Always `template`."""

    template: list[
        CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage | EvalItem
    ]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""


class CreateEvalResponsesRunDataSourceInputMessagesTemplateParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalResponsesRunDataSourceInputMessagesTemplate`: a dict a type checker can check."""

    type: Required[Literal["template"]]
    """The type of input messages. Always `template`."""

    template: Required[
        Sequence[
            CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessageParam
            | CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage
            | EvalItemParam
            | EvalItem
        ]
    ]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""
