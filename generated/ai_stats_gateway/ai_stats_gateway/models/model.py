"""Model."""

from __future__ import annotations

from .._models import OagenModel
from .model_providers_item import ModelProvidersItem

__all__ = ["Model"]


class Model(OagenModel):
    """Model"""

    model_id: str | None = None

    name: str | None = None

    release_date: str | None = None

    status: str | None = None

    organisation_id: str | None = None

    aliases: list[str] | None = None

    endpoints: list[str] | None = None

    input_types: list[str] | None = None

    output_types: list[str] | None = None

    providers: list[ModelProvidersItem] | None = None
