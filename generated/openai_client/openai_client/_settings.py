"""The values the runtime (api_client, _config, ...) reads for this package."""

from __future__ import annotations

from ._auth import SecurityScheme
from ._version import __version__

__all__ = ["BASE_URL_ENV", "DEFAULT_HOST", "PACKAGE", "SECURITY_SCHEMES", "VERSION"]

PACKAGE = "openai_client"
VERSION = __version__
DEFAULT_HOST = "https://api.openai.com/v1"
BASE_URL_ENV = "OPENAI_CLIENT_BASE_URL"
SECURITY_SCHEMES: tuple[SecurityScheme, ...] = (
    SecurityScheme(
        "ApiKeyAuth", "bearer", ("access_token",), "OPENAI_API_KEY", "header", "Authorization"
    ),
    SecurityScheme(
        "AdminApiKeyAuth",
        "bearer",
        ("admin_api_key",),
        "OPENAI_ADMIN_KEY",
        "header",
        "Authorization",
    ),
)
