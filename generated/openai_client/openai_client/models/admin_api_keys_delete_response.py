"""AdminApiKeysDeleteResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["AdminApiKeysDeleteResponse"]


class AdminApiKeysDeleteResponse(OagenModel):
    """AdminApiKeysDeleteResponse"""

    id: str

    object: Literal["organization.admin_api_key.deleted"]

    deleted: bool
