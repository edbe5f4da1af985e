"""AdminApiKeyCreateResponse."""

from __future__ import annotations

from .admin_api_key import AdminApiKey

__all__ = ["AdminApiKeyCreateResponse"]


class AdminApiKeyCreateResponse(AdminApiKey):
    """AdminApiKeyCreateResponse"""

    value: str
    """The value of the API key. Only shown on create."""
