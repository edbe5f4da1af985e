"""FileExpirationAfter."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["FileExpirationAfter", "FileExpirationAfterParam"]


class FileExpirationAfter(OagenModel):
    """The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted."""

    anchor: Literal["created_at"]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`."""

    seconds: int
    """The number of seconds after the anchor time that the file will expire. Must be between 3600 (1 hour) and 2592000 (30 days)."""


class FileExpirationAfterParam(TypedDict, total=False):
    """Request form of :class:`FileExpirationAfter`: a dict a type checker can check."""

    anchor: Required[Literal["created_at"]]
    """Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`."""

    seconds: Required[int]
    """The number of seconds after the anchor time that the file will expire. Must be between 3600 (1 hour) and 2592000 (30 days)."""
