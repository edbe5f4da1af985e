"""ApiKeyList."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .admin_api_key import AdminApiKey

__all__ = ["ApiKeyList"]


class ApiKeyList(OagenModel):
    """ApiKeyList"""

    object: Literal["list"]

    data: list[AdminApiKey]

    has_more: bool

    first_id: str | None = None

    last_id: str | None = None
