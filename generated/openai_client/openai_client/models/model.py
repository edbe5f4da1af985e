"""Model."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["Model"]


class Model(OagenModel):
    """Describes an OpenAI model offering that can be used with the API."""

    id: str
    """The model identifier, which can be referenced in the API endpoints."""

    created: int
    """The Unix timestamp (in seconds) when the model was created."""

    object: Literal["model"]
    """The object type, which is always "model"."""

    owned_by: str
    """The organization that owns the model."""
