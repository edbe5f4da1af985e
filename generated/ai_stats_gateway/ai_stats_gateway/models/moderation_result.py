"""ModerationResult."""

from __future__ import annotations

from .._models import OagenModel
from .moderation_categories import ModerationCategories
from .moderation_category_scores import ModerationCategoryScores

__all__ = ["ModerationResult"]


class ModerationResult(OagenModel):
    """ModerationResult"""

    flagged: bool | None = None

    categories: ModerationCategories | None = None

    category_scores: ModerationCategoryScores | None = None
