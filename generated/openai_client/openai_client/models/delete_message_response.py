"""DeleteMessageResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["DeleteMessageResponse"]


class DeleteMessageResponse(OagenModel):
    """DeleteMessageResponse"""

    id: str

    deleted: bool

    object: Literal["thread.message.deleted"]
