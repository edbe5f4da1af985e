"""OtherChunkingStrategyResponseParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["OtherChunkingStrategyResponseParam"]


class OtherChunkingStrategyResponseParam(OagenModel):
    """This is returned when the chunking strategy is unknown. Typically, this is because the file was indexed before the `chunking_strategy` concept was introduced in the API."""

    type: Literal["other"]
    """Always `other`."""
