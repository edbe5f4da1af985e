"""StaticChunkingStrategyRequestParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .static_chunking_strategy import StaticChunkingStrategy, StaticChunkingStrategyParam

__all__ = ["StaticChunkingStrategyRequestParam", "StaticChunkingStrategyRequestParamParam"]


class StaticChunkingStrategyRequestParam(OagenModel):
    """Customize your own chunking strategy by setting chunk size and chunk overlap."""

    type: Literal["static"]
    """Always `static`."""

    static: StaticChunkingStrategy


class StaticChunkingStrategyRequestParamParam(TypedDict, total=False):
    """Request form of :class:`StaticChunkingStrategyRequestParam`: a dict a type checker can check."""

    type: Required[Literal["static"]]
    """Always `static`."""

    static: Required[StaticChunkingStrategyParam | StaticChunkingStrategy]
