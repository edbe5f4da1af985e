"""CreateContainerBodyExpiresAfter."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CreateContainerBodyExpiresAfter", "CreateContainerBodyExpiresAfterParam"]


class CreateContainerBodyExpiresAfter(OagenModel):
    """Container expiration time in seconds relative to the 'anchor' time."""

    anchor: Literal["last_active_at"]
    """Time anchor for the expiration time. Currently only 'last_active_at' is supported."""

    minutes: int


class CreateContainerBodyExpiresAfterParam(TypedDict, total=False):
    """Request form of :class:`CreateContainerBodyExpiresAfter`: a dict a type checker can check."""

    anchor: Required[Literal["last_active_at"]]
    """Time anchor for the expiration time. Currently only 'last_active_at' is supported."""

    minutes: Required[int]
