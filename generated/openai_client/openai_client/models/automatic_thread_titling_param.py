"""AutomaticThreadTitlingParam."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AutomaticThreadTitlingParam"]


class AutomaticThreadTitlingParam(OagenModel):
    """Controls whether ChatKit automatically generates thread titles."""

    enabled: bool | None = None
    """Enable automatic thread title generation. Defaults to true."""
