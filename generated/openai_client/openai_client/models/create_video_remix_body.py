"""CreateVideoRemixBody."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["CreateVideoRemixBody"]


class CreateVideoRemixBody(OagenModel):
    """Parameters for remixing an existing generated video."""

    prompt: str
    """Updated text prompt that directs the remix generation."""
