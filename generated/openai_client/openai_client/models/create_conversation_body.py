"""CreateConversationBody."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .._models import OagenModel
from .input_item import InputItem, InputItemParam
from .metadata import Metadata

__all__ = ["CreateConversationBody", "CreateConversationBodyParam"]


class CreateConversationBody(OagenModel):
    """CreateConversationBody"""

    metadata: Metadata | None = None

    items: list[InputItem] | None = None


class CreateConversationBodyParam(TypedDict, total=False):
    """Request form of :class:`CreateConversationBody`: a dict a type checker can check."""

    metadata: Metadata | None

    items: Sequence[InputItemParam] | None
