"""ChunkingStrategyRequestParam."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .auto_chunking_strategy_request_param import (
    AutoChunkingStrategyRequestParam,
    AutoChunkingStrategyRequestParamParam,
)
from .static_chunking_strategy_request_param import (
    StaticChunkingStrategyRequestParam,
    StaticChunkingStrategyRequestParamParam,
)

__all__ = ["ChunkingStrategyRequestParam", "ChunkingStrategyRequestParamParam"]

ChunkingStrategyRequestParam: TypeAlias = Annotated[
    Union[
        Annotated[AutoChunkingStrategyRequestParam, Tag("AutoChunkingStrategyRequestParam")],
        Annotated[StaticChunkingStrategyRequestParam, Tag("StaticChunkingStrategyRequestParam")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "auto": "AutoChunkingStrategyRequestParam",
            "static": "StaticChunkingStrategyRequestParam",
        },
    ),
]
"""The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""


ChunkingStrategyRequestParamParam: TypeAlias = (
    AutoChunkingStrategyRequestParamParam
    | AutoChunkingStrategyRequestParam
    | StaticChunkingStrategyRequestParamParam
    | StaticChunkingStrategyRequestParam
)
"""Request form of :class:`ChunkingStrategyRequestParam`: a dict a type checker can check."""
