"""Package-specific values the runtime reads: one rendered module per generated package.

This copy is an example, typed like the rendered ones, so that the runtime can be linted,
type-checked and unit-tested in place; it is never copied into a generated package (each package
gets its own, rendered from templates/client/_settings.py.jinja).
"""

from __future__ import annotations

from ._auth import SecurityScheme

__all__ = ["BASE_URL_ENV", "DEFAULT_HOST", "PACKAGE", "SECURITY_SCHEMES", "VERSION"]

PACKAGE = "example_client"
VERSION = "0.0.0"
DEFAULT_HOST = "https://api.example.com/v1"
BASE_URL_ENV = "EXAMPLE_CLIENT_BASE_URL"
SECURITY_SCHEMES: tuple[SecurityScheme, ...] = (
    SecurityScheme("BearerAuth", "bearer", ("access_token",), "EXAMPLE_API_KEY"),
    SecurityScheme("BasicAuth", "basic", ("basic_username", "basic_password")),
    SecurityScheme("QueryKey", "apikey", ("query_key",), None, "query", "api_key"),
    SecurityScheme(
        "CookieKey", "apikey", ("cookie_key",), "EXAMPLE_COOKIE_KEY", "cookie", "session"
    ),
)
