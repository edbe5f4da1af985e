"""ModifyMessageRequest."""

from __future__ import annotations

from .._models import OagenModel
from .metadata import Metadata

__all__ = ["ModifyMessageRequest"]


class ModifyMessageRequest(OagenModel):
    """ModifyMessageRequest"""

    metadata: Metadata | None = None
