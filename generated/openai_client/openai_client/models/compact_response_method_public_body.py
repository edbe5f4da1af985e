"""CompactResponseMethodPublicBody."""

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .input_item import InputItem, InputItemParam
from .model_ids_compaction import ModelIdsCompaction
from .prompt_cache_retention_enum import PromptCacheRetentionEnum
from .service_tier_enum import ServiceTierEnum

__all__ = ["CompactResponseMethodPublicBody", "CompactResponseMethodPublicBodyParam"]


class CompactResponseMethodPublicBody(OagenModel):
    """CompactResponseMethodPublicBody"""

    model: ModelIdsCompaction

    input: list[InputItem] | str | None = None

    previous_response_id: str | None = None

    instructions: str | None = None

    prompt_cache_key: str | None = None

    prompt_cache_retention: PromptCacheRetentionEnum | str | None = None

    service_tier: ServiceTierEnum | str | None = None


class CompactResponseMethodPublicBodyParam(TypedDict, total=False):
    """Request form of :class:`CompactResponseMethodPublicBody`: a dict a type checker can check."""

    model: Required[ModelIdsCompaction]

    input: str | Sequence[InputItemParam] | None

    previous_response_id: str | None

    instructions: str | None

    prompt_cache_key: str | None

    prompt_cache_retention: PromptCacheRetentionEnum | None

    service_tier: ServiceTierEnum | None
