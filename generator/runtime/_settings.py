"""Package-specific values the runtime reads: one rendered module per generated package.

This copy is an example, typed like the rendered ones, so that the runtime can be linted,
type-checked and unit-tested in place; it is never copied into a generated package (each package
gets its own, rendered from templates/client/_settings.py.jinja).
"""

from __future__ import annotations

from ._auth import SecurityScheme
from ._servers import ServerTemplate, ServerVariable

__all__ = [
    "BASE_URL_ENV",
    "CLIENT_ARGUMENTS",
    "CLIENT_HEADERS",
    "DEFAULT_HOST",
    "PACKAGE",
    "SECURITY_SCHEMES",
    "SERVERS",
    "VERSION",
    "WEBHOOK_SECRET_ENV",
]

PACKAGE = "example_client"
VERSION = "0.0.0"
DEFAULT_HOST = "https://api.example.com/v1"
BASE_URL_ENV = "EXAMPLE_CLIENT_BASE_URL"
# The spec's servers: the first is the default; a Client picks another with `server=`.
SERVERS: tuple[ServerTemplate, ...] = (
    ServerTemplate("https://api.example.com/v1", "Production"),
    ServerTemplate(
        "https://{region}.example.com/{version}",
        "Regional",
        (
            ServerVariable("region", "region", "eu", ("eu", "us")),
            ServerVariable("version", "version", "v2"),
        ),
    ),
    ServerTemplate("{endpoint}/example", "Self-hosted", (ServerVariable("endpoint", "endpoint"),)),
)
SECURITY_SCHEMES: tuple[SecurityScheme, ...] = (
    SecurityScheme("BearerAuth", "bearer", ("access_token",), "EXAMPLE_API_KEY"),
    SecurityScheme("BasicAuth", "basic", ("basic_username", "basic_password")),
    SecurityScheme("QueryKey", "apikey", ("query_key",), None, "query", "api_key"),
    SecurityScheme(
        "CookieKey", "apikey", ("cookie_key",), "EXAMPLE_COOKIE_KEY", "cookie", "session"
    ),
    SecurityScheme(
        "OAuthClient",
        "oauth2",
        ("oauth_client", "client_id", "client_secret"),
        token_url="/oauth/token",
        client_env=("EXAMPLE_CLIENT_CLIENT_ID", "EXAMPLE_CLIENT_CLIENT_SECRET"),
    ),
)
# Configuration credential argument -> the Client argument that fills it (for error messages).
CLIENT_ARGUMENTS: dict[str, str] = {
    "access_token": "api_key",
    "basic_username": "basic_username",
    "basic_password": "basic_password",
    "query_key": "query_key",
    "cookie_key": "cookie_key",
    "oauth_client": "oauth_client",
    "client_id": "client_id",
    "client_secret": "client_secret",
}
# Extra Client arguments sent as headers: (argument, header, environment variable or None).
CLIENT_HEADERS: tuple[tuple[str, str, str | None], ...] = (
    ("organization", "Example-Organization", "EXAMPLE_ORG_ID"),
    ("project", "Example-Project", None),
)
# The environment variable holding the webhook signing secret (None: the target signs no webhooks).
WEBHOOK_SECRET_ENV: str | None = "EXAMPLE_WEBHOOK_SECRET"
