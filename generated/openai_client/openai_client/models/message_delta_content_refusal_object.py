"""MessageDeltaContentRefusalObject."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["MessageDeltaContentRefusalObject"]


class MessageDeltaContentRefusalObject(OagenModel):
    """The refusal content that is part of a message."""

    index: int
    """The index of the refusal part in the message."""

    type: Literal["refusal"]
    """Always `refusal`."""

    refusal: str | None = None
