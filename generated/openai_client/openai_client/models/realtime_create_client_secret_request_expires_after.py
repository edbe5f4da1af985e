"""RealtimeCreateClientSecretRequestExpiresAfter."""

from __future__ import annotations

from typing import Literal

from typing_extensions import TypedDict

from .._models import OagenModel

__all__ = [
    "RealtimeCreateClientSecretRequestExpiresAfter",
    "RealtimeCreateClientSecretRequestExpiresAfterParam",
]


class RealtimeCreateClientSecretRequestExpiresAfter(OagenModel):
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires."""

    anchor: Literal["created_at"] | None = None
    """The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time of the client secret to produce an expiration timestamp. Only `created_at` is currently supported.

    Server default: ``"created_at"``."""

    seconds: int | None = None
    """The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours). This default to 600 seconds (10 minutes) if not specified.

    Server default: ``600``."""


class RealtimeCreateClientSecretRequestExpiresAfterParam(TypedDict, total=False):
    """Request form of :class:`RealtimeCreateClientSecretRequestExpiresAfter`: a dict a type checker can check."""

    anchor: Literal["created_at"]
    """The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at` time of the client secret to produce an expiration timestamp. Only `created_at` is currently supported."""

    seconds: int
    """The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2 hours). This default to 600 seconds (10 minutes) if not specified."""
