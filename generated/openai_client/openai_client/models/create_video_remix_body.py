"""CreateVideoRemixBody."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["CreateVideoRemixBody", "CreateVideoRemixBodyParam"]


class CreateVideoRemixBody(OagenModel):
    """Parameters for remixing an existing generated video."""

    prompt: str
    """Updated text prompt that directs the remix generation."""


class CreateVideoRemixBodyParam(TypedDict, total=False):
    """Request form of :class:`CreateVideoRemixBody`: a dict a type checker can check."""

    prompt: Required[str]
    """Updated text prompt that directs the remix generation."""
