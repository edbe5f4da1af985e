"""The values the runtime (api_client, _config, ...) reads for this package."""

from __future__ import annotations

from ._auth import SecurityScheme
from ._version import __version__

__all__ = ["BASE_URL_ENV", "DEFAULT_HOST", "PACKAGE", "SECURITY_SCHEMES", "VERSION"]

PACKAGE = "ai_stats_gateway"
VERSION = __version__
DEFAULT_HOST = "https://api.ai-stats.phaseo.app/v1"
BASE_URL_ENV = "AI_STATS_GATEWAY_BASE_URL"
SECURITY_SCHEMES: tuple[SecurityScheme, ...] = (
    SecurityScheme(
        "BearerAuth", "bearer", ("access_token",), "AI_STATS_API_KEY", "header", "Authorization"
    ),
)
