"""ListAssistantsResponse."""

from __future__ import annotations

from .._models import OagenModel
from .assistant_object import AssistantObject

__all__ = ["ListAssistantsResponse"]


class ListAssistantsResponse(OagenModel):
    """ListAssistantsResponse"""

    object: str

    data: list[AssistantObject]

    first_id: str

    last_id: str

    has_more: bool
