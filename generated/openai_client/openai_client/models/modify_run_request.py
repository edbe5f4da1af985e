"""ModifyRunRequest."""

from __future__ import annotations

from .._models import OagenModel
from .metadata import Metadata

__all__ = ["ModifyRunRequest"]


class ModifyRunRequest(OagenModel):
    """ModifyRunRequest"""

    metadata: Metadata | None = None
