"""DeleteThreadResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DeleteThreadResponse"]


class DeleteThreadResponse(OagenModel):
    """DeleteThreadResponse"""

    id: str

    deleted: bool

    object: Literal["thread.deleted"]
