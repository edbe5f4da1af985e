"""StaticChunkingStrategyResponseParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .static_chunking_strategy import StaticChunkingStrategy

__all__ = ["StaticChunkingStrategyResponseParam"]


class StaticChunkingStrategyResponseParam(OagenModel):
    """Static Chunking Strategy"""

    type: Literal["static"]
    """Always `static`."""

    static: StaticChunkingStrategy
