"""RootResponse."""

from __future__ import annotations

import datetime

from .._models import OagenModel

__all__ = ["RootResponse"]


class RootResponse(OagenModel):
    """RootResponse"""

    message: str | None = None

    timestamp: datetime.datetime | None = None
