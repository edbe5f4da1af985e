"""CreateEvalCompletionsRunDataSourceInputMessagesTemplate."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .easy_input_message import EasyInputMessage
from .eval_item import EvalItem

__all__ = ["CreateEvalCompletionsRunDataSourceInputMessagesTemplate"]


class CreateEvalCompletionsRunDataSourceInputMessagesTemplate(OagenModel):
    """TemplateInputMessages"""

    type: Literal["template"]
    """The type of input messages. Always `template`."""

    template: list[EasyInputMessage | EvalItem]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""
