"""RefusalContent."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["RefusalContent", "RefusalContentParam"]


class RefusalContent(OagenModel):
    """A refusal from the model."""

    type: Literal["refusal"]
    """The type of the refusal. Always `refusal`.

    Server default: ``"refusal"``."""

    refusal: str
    """The refusal explanation from the model."""


class RefusalContentParam(TypedDict, total=False):
    """Request form of :class:`RefusalContent`: a dict a type checker can check."""

    type: Required[Literal["refusal"]]
    """The type of the refusal. Always `refusal`."""

    refusal: Required[str]
    """The refusal explanation from the model."""
