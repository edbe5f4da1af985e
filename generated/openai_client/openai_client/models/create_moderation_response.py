"""CreateModerationResponse."""

from __future__ import annotations

from .._models import OagenModel
from .create_moderation_response_results_item import CreateModerationResponseResultsItem

__all__ = ["CreateModerationResponse"]


class CreateModerationResponse(OagenModel):
    """Represents if a given text input is potentially harmful."""

    id: str
    """The unique identifier for the moderation request."""

    model: str
    """The model used to generate the moderation results."""

    results: list[CreateModerationResponseResultsItem]
    """A list of moderation objects."""
