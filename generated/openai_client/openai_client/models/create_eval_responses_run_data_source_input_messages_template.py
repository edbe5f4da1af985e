"""CreateEvalResponsesRunDataSourceInputMessagesTemplate."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .create_eval_responses_run_data_source_input_messages_template_template_item_chat_message import (
    CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage,
)
from .eval_item import EvalItem

__all__ = ["CreateEvalResponsesRunDataSourceInputMessagesTemplate"]


class CreateEvalResponsesRunDataSourceInputMessagesTemplate(OagenModel):
    """InputMessagesTemplate"""

    type: Literal["template"]
    """The type of input messages. Always `template`."""

    template: list[
        CreateEvalResponsesRunDataSourceInputMessagesTemplateTemplateItemChatMessage | EvalItem
    ]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""
