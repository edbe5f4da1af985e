"""AdminApiKeysCreateRequest."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AdminApiKeysCreateRequest"]


class AdminApiKeysCreateRequest(OagenModel):
    """AdminApiKeysCreateRequest"""

    name: str
