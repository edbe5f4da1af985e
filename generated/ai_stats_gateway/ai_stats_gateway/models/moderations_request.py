"""ModerationsRequest."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .moderations_request_input_array_item import (
    ModerationsRequestInputArrayItem,
    ModerationsRequestInputArrayItemParam,
)

__all__ = ["ModerationsRequest", "ModerationsRequestParam"]


class ModerationsRequest(OagenModel):
    """ModerationsRequest"""

    model: str

    meta: bool | None = None
    """Server default: ``False``."""

    input: list[ModerationsRequestInputArrayItem] | str


class ModerationsRequestParam(TypedDict, total=False):
    """Request form of :class:`ModerationsRequest`: a dict a type checker can check."""

    model: Required[str]

    meta: bool

    input: Required[str | Sequence[ModerationsRequestInputArrayItemParam]]
