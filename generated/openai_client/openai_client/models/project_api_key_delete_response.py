"""ProjectApiKeyDeleteResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ProjectApiKeyDeleteResponse"]


class ProjectApiKeyDeleteResponse(OagenModel):
    """ProjectApiKeyDeleteResponse"""

    object: Literal["organization.project.api_key.deleted"]

    id: str

    deleted: bool
