"""CreateConversationBody."""

from __future__ import annotations

from .._models import OagenModel
from .input_item import InputItem
from .metadata import Metadata

__all__ = ["CreateConversationBody"]


class CreateConversationBody(OagenModel):
    """CreateConversationBody"""

    metadata: Metadata | None = None

    items: list[InputItem] | None = None
