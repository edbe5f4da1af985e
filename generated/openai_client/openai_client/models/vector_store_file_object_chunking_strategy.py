"""VectorStoreFileObjectChunkingStrategy."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .other_chunking_strategy_response_param import OtherChunkingStrategyResponseParam
from .static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam

__all__ = ["VectorStoreFileObjectChunkingStrategy"]

VectorStoreFileObjectChunkingStrategy: TypeAlias = Annotated[
    Union[
        Annotated[StaticChunkingStrategyResponseParam, Tag("StaticChunkingStrategyResponseParam")],
        Annotated[OtherChunkingStrategyResponseParam, Tag("OtherChunkingStrategyResponseParam")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "static": "StaticChunkingStrategyResponseParam",
            "other": "OtherChunkingStrategyResponseParam",
        },
    ),
]
"""The strategy used to chunk the file."""
