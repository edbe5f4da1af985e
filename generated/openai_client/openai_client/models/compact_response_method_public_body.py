"""CompactResponseMethodPublicBody."""

from __future__ import annotations

from .._models import OagenModel
from .input_item import InputItem
from .model_ids_compaction import ModelIdsCompaction
from .prompt_cache_retention_enum import PromptCacheRetentionEnum
from .service_tier_enum import ServiceTierEnum

__all__ = ["CompactResponseMethodPublicBody"]


class CompactResponseMethodPublicBody(OagenModel):
    """CompactResponseMethodPublicBody"""

    model: ModelIdsCompaction

    input: list[InputItem] | str | None = None

    previous_response_id: str | None = None

    instructions: str | None = None

    prompt_cache_key: str | None = None

    prompt_cache_retention: PromptCacheRetentionEnum | str | None = None

    service_tier: ServiceTierEnum | str | None = None
