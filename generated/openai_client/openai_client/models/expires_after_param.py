"""ExpiresAfterParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ExpiresAfterParam", "ExpiresAfterParamParam"]


class ExpiresAfterParam(OagenModel):
    """Controls when the session expires relative to an anchor timestamp."""

    anchor: Literal["created_at"]
    """Base timestamp used to calculate expiration. Currently fixed to `created_at`.

    Server default: ``"created_at"``."""

    seconds: int
    """Number of seconds after the anchor when the session expires."""


class ExpiresAfterParamParam(TypedDict, total=False):
    """Request form of :class:`ExpiresAfterParam`: a dict a type checker can check."""

    anchor: Required[Literal["created_at"]]
    """Base timestamp used to calculate expiration. Currently fixed to `created_at`."""

    seconds: Required[int]
    """Number of seconds after the anchor when the session expires."""
