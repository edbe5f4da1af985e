"""StaticChunkingStrategyRequestParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .static_chunking_strategy import StaticChunkingStrategy

__all__ = ["StaticChunkingStrategyRequestParam"]


class StaticChunkingStrategyRequestParam(OagenModel):
    """Customize your own chunking strategy by setting chunk size and chunk overlap."""

    type: Literal["static"]
    """Always `static`."""

    static: StaticChunkingStrategy
