"""CreateEvalCompletionsRunDataSourceInputMessagesItemReference."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["CreateEvalCompletionsRunDataSourceInputMessagesItemReference"]


class CreateEvalCompletionsRunDataSourceInputMessagesItemReference(OagenModel):
    """ItemReferenceInputMessages"""

    type: Literal["item_reference"]
    """The type of input messages. Always `item_reference`."""

    item_reference: str
    """A reference to a variable in the `item` namespace. Ie, "item.input_trajectory\" """
