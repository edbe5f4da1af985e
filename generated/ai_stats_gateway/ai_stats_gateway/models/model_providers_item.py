"""ModelProvidersItem."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ModelProvidersItem"]


class ModelProvidersItem(OagenModel):
    """ModelProvidersItem"""

    api_provider_id: str | None = None

    params: list[str] | None = None
