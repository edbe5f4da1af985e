"""Spector conformance: each scenario of @typespec/http-specs through a generated client.

For every scenario of the driven areas (expectations.DEFAULT_AREAS; SPECTOR_AREAS=all or a
comma-separated list of prefixes to choose), OpenAPI 3.0 and 3.1, sync and async (the default
areas in DEFAULT_LANES only): generate the
client from the compiled document, call each of the scenario's endpoints with the arguments its
data implies (driver.py), check the parsed result equals the expected response, then check that
the lane's own mock server marks the scenario "pass" in /.coverage. Known generator defects are
xfail(strict=True) with their reason; scenarios the driver cannot drive yet are not collected and
are listed in docs/conformance.md (tests/spector/report.py).
"""

from __future__ import annotations

import asyncio
import inspect
import os
from typing import Any

import httpx
import pytest

from generator.naming import method_variant
from tests.spector import driver, expectations
from tests.spector.build import client, missing_reason, prepared

VERSIONS = ("3.0", "3.1")
MODES = ("sync", "async")
# `make test` drives its areas in two of the four lanes (each version once, each mode once);
# `make spector` and SPECTOR_AREAS=... drive all four
DEFAULT_LANES = (("3.0", "sync"), ("3.1", "async"))


def areas() -> tuple[str, ...] | None:
    chosen = os.environ.get("SPECTOR_AREAS", "").strip()
    if chosen == "all":
        return None
    return tuple(a.strip() for a in chosen.split(",") if a.strip()) or expectations.DEFAULT_AREAS


def known_defect(scenario: str, version: str) -> str | None:
    entry = expectations.GENERATOR.get(scenario)
    if isinstance(entry, dict):
        return entry.get(version)
    return entry


def cases() -> list[Any]:
    if missing_reason():
        return [pytest.param("", "3.0", "sync", id="tools-missing")]
    p = prepared()
    chosen = areas()
    out = []
    for name, data in sorted(p.scenarios.items()):
        spec = data["spec"]
        if chosen is not None and not any(spec == a or spec.startswith(a + "/") for a in chosen):
            continue
        if not p.compile[spec]["ok"] or name in expectations.HARNESS or name in expectations.INEXPRESSIBLE:
            continue
        for version in VERSIONS:
            reason = known_defect(name, version)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            for mode in MODES:
                if chosen == expectations.DEFAULT_AREAS and (version, mode) not in DEFAULT_LANES:
                    continue
                out.append(pytest.param(name, version, mode, marks=marks, id=f"{name}-{version}-{mode}"))
    return out


def _client_arguments(cls: Any, auth: dict[str, str]) -> dict[str, str]:
    """Credentials by Configuration attribute -> Client arguments (the first bearer scheme's
    argument is `api_key`)."""
    accepted = inspect.signature(cls).parameters
    return {(k if k in accepted or "api_key" not in accepted else "api_key"): v for k, v in auth.items()}


def _method(client: Any, name: str, variant: str | None = None) -> Any:
    """The bound method `name` ("group.method", or "group.part.method" for a split group's
    sub-resource), or its `variant` ("iter")."""
    *path, method_name = name.split(".")
    target = client
    for attribute in path:
        target = getattr(target, attribute)
    return getattr(target, method_variant(method_name, variant) if variant else method_name)


def _open(package: Any, cls_name: str, base_url: str, auth: dict[str, str]) -> Any:
    """`package.Client` or `package.AsyncClient` on the lane's server, no retries, with the
    scenario's credentials."""
    cls = getattr(package, cls_name)
    return cls(base_url=base_url, max_retries=0, **_client_arguments(cls, auth))


def _call_sync(package: Any, base_url: str, auth: dict[str, str], name: str, kwargs: dict[str, Any]) -> Any:
    with _open(package, "Client", base_url, auth) as c:
        method = _method(c, name)
        return method(**driver.bind(method, kwargs))


async def _call_async(package: Any, base_url: str, auth: dict[str, str], name: str,
                      kwargs: dict[str, Any]) -> Any:
    async with _open(package, "AsyncClient", base_url, auth) as c:
        method = _method(c, name)
        return await method(**driver.bind(method, kwargs))


def _pages_sync(package: Any, base_url: str, auth: dict[str, str], name: str,
                kwargs: dict[str, Any]) -> list[Any]:
    with _open(package, "Client", base_url, auth) as c:
        method = _method(c, name, "iter")
        return [page.raw for page in method(**driver.bind(method, kwargs)).iter_pages()]


async def _pages_async(package: Any, base_url: str, auth: dict[str, str], name: str,
                       kwargs: dict[str, Any]) -> list[Any]:
    async with _open(package, "AsyncClient", base_url, auth) as c:
        method = _method(c, name, "iter")
        first = await method(**driver.bind(method, kwargs))
        return [page.raw async for page in first.iter_pages()]


def drive_pages(generated: Any, endpoints: list[dict[str, Any]], mode: str, base_url: str,
                dyn_base_url: str) -> None:
    """A paged scenario: the first endpoint's call through the auto-paging method, which must
    request every later endpoint by itself; page i must equal endpoint i's response."""
    prefix, name, kwargs = driver.arguments(generated, endpoints[0], dyn_base_url)
    auth = driver.credentials(generated, endpoints[0])
    if mode == "sync":
        pages = _pages_sync(generated.module, base_url + prefix, auth, name, kwargs)
    else:
        pages = asyncio.run(_pages_async(generated.module, base_url + prefix, auth, name, kwargs))
    assert len(pages) == len(endpoints), f"{name}: {len(pages)} pages, expected {len(endpoints)}"
    for i, (endpoint, page) in enumerate(zip(endpoints, pages, strict=True)):
        diff = driver.mismatch(driver.expected_body(endpoint["response"]["body"], dyn_base_url), page)
        assert diff is None, f"{name}: page {i + 1} differs: {diff}"


def drive(scenario: str, version: str, mode: str, base_url: str) -> None:
    data = prepared().scenarios[scenario]
    generated = client(data["spec"], version, data["apis"][0]["uri"])
    # the mock expands `dyn` values (next links, ...) with http://localhost:<port>
    dyn_base_url = base_url.replace("127.0.0.1", "localhost")
    if driver.paginated(generated, data["apis"]):
        drive_pages(generated, data["apis"], mode, base_url, dyn_base_url)
        return
    for endpoint in data["apis"]:
        prefix, name, kwargs = driver.arguments(generated, endpoint, dyn_base_url)
        auth = driver.credentials(generated, endpoint)
        status = endpoint["response"]["status"]
        try:
            if mode == "sync":
                result = _call_sync(generated.module, base_url + prefix, auth, name, kwargs)
            else:
                result = asyncio.run(_call_async(generated.module, base_url + prefix, auth, name, kwargs))
        except generated.module.ApiStatusError as exc:
            if exc.status != status:
                raise AssertionError(f"{name}: HTTP {exc.status} (expected {status}): {exc.raw[:300]!r}") from exc
            continue
        except generated.module.RequestValidationError:
            # The client refuses, before sending, a request the spec forbids (an Accept value
            # outside the parameter's enum), where the scenario expects the server's 4xx. The
            # refusal is the client's half; the request then goes out as the data describes, so
            # the mock sees every endpoint of the scenario and can mark it.
            if status is None or status < 400:
                raise
            sent = httpx.request(endpoint["method"].upper(), base_url + endpoint["uri"],
                                 params=endpoint["request"]["query"], headers=endpoint["request"]["headers"])
            assert sent.status_code == status, f"{name}: the mock answered {sent.status_code}, expected {status}"
            continue
        assert status is not None and status < 400, f"{name}: returned {result!r}, expected HTTP {status}"
        answered = endpoint["request"] if scenario in expectations.ECHO else endpoint["response"]
        diff = driver.mismatch(driver.expected_body(answered["body"], dyn_base_url), result)
        assert diff is None, f"{name}: parsed response differs: {diff}"


@pytest.mark.parametrize(("scenario", "version", "mode"), cases())
def test_scenario(scenario: str, version: str, mode: str, spector_lanes: Any,
                  spector_results: dict[str, dict[str, str]]) -> None:
    if not scenario:
        pytest.skip(missing_reason() or "")
    server = spector_lanes(version, mode)
    lane = f"{version} {mode}"
    try:
        drive(scenario, version, mode, server.base_url)
        verdict = server.coverage().get(scenario)
        assert verdict == "pass", f"the mock server marks {scenario} {verdict!r}, not 'pass'"
    except BaseException as exc:
        spector_results.setdefault(scenario, {})[lane] = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        raise
    spector_results.setdefault(scenario, {})[lane] = "pass"
