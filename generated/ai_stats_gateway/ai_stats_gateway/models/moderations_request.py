"""ModerationsRequest."""

from __future__ import annotations

from .._models import OagenModel
from .moderations_request_input_array_item import ModerationsRequestInputArrayItem

__all__ = ["ModerationsRequest"]


class ModerationsRequest(OagenModel):
    """ModerationsRequest"""

    model: str

    meta: bool | None = None
    """Server default: ``False``."""

    input: list[ModerationsRequestInputArrayItem] | str
