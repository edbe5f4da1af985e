"""RefusalContent."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["RefusalContent"]


class RefusalContent(OagenModel):
    """A refusal from the model."""

    type: Literal["refusal"]
    """The type of the refusal. Always `refusal`.

    Server default: ``"refusal"``."""

    refusal: str
    """The refusal explanation from the model."""
