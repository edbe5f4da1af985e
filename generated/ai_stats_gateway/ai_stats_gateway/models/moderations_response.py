"""ModerationsResponse."""

from __future__ import annotations

from .._models import OagenModel
from .moderation_result import ModerationResult

__all__ = ["ModerationsResponse"]


class ModerationsResponse(OagenModel):
    """ModerationsResponse"""

    id: str | None = None

    model: str | None = None

    results: list[ModerationResult] | None = None
