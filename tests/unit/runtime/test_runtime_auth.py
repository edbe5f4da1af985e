"""How a security scheme puts its credential on a request (generator/runtime/_auth.py)."""

from __future__ import annotations

from generator.runtime._auth import SecurityScheme


def test_a_token_goes_after_bearer_by_default() -> None:
    scheme = SecurityScheme("BearerAuth", "bearer", ("access_token",))
    assert scheme.credential({"access_token": "t"}) == ("header", "Authorization", "Bearer t")


def test_another_http_scheme_goes_after_its_own_name() -> None:
    scheme = SecurityScheme("Custom", "bearer", ("custom",), None, "header", "Authorization",
                            "SharedAccessKey")
    assert scheme.credential({"custom": "k"}) == ("header", "Authorization", "SharedAccessKey k")
    assert scheme.credential({"custom": None}) is None
