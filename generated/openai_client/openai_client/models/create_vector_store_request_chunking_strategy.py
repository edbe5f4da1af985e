"""CreateVectorStoreRequestChunkingStrategy."""

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

__all__ = [
    "CreateVectorStoreRequestChunkingStrategy",
    "CreateVectorStoreRequestChunkingStrategyParam",
]

CreateVectorStoreRequestChunkingStrategy: TypeAlias = Annotated[
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
"""The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable if `file_ids` is non-empty."""


CreateVectorStoreRequestChunkingStrategyParam: TypeAlias = (
    AutoChunkingStrategyRequestParamParam
    | AutoChunkingStrategyRequestParam
    | StaticChunkingStrategyRequestParamParam
    | StaticChunkingStrategyRequestParam
)
"""Request form of :class:`CreateVectorStoreRequestChunkingStrategy`: a dict a type checker can check."""
