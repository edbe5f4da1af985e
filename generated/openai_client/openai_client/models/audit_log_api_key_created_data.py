"""AuditLogApiKeyCreatedData."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["AuditLogApiKeyCreatedData"]


class AuditLogApiKeyCreatedData(OagenModel):
    """The payload used to create the API key."""

    scopes: list[str] | None = None
    """A list of scopes allowed for the API key, e.g. `["api.model.request"]`"""
