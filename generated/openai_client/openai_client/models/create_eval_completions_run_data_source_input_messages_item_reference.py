"""CreateEvalCompletionsRunDataSourceInputMessagesItemReference."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReference",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceParam",
]


class CreateEvalCompletionsRunDataSourceInputMessagesItemReference(OagenModel):
    """ItemReferenceInputMessages"""

    type: Literal["item_reference"]
    """The type of input messages. Always `item_reference`."""

    item_reference: str
    """A reference to a variable in the `item` namespace. Ie, "item.input_trajectory\" """


class CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceParam(TypedDict, total=False):
    """Request form of :class:`CreateEvalCompletionsRunDataSourceInputMessagesItemReference`: a dict a type checker can check."""

    type: Required[Literal["item_reference"]]
    """The type of input messages. Always `item_reference`."""

    item_reference: Required[str]
    """A reference to a variable in the `item` namespace. Ie, "item.input_trajectory\" """
