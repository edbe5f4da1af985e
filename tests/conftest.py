"""Shared pytest fixtures: the test servers (see tests/servers/).

- `prism_gateway`, `prism_openai`: a Prism mock server for specs/ai-stats-gateway.openapi.yaml /
  specs/openai.openapi.yml, started once per session on first use (never when no test asks).
  Without Prism installed they skip with "run `make tools`" locally, and fail under CI=true.
- `scripted_server`: a fresh ScriptedServer per test (stopped after it).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:  # so that `from tests.servers import ...` works everywhere
    sys.path.insert(0, str(REPO_ROOT))

from tests.servers.prism import PrismError, PrismServer, prism_missing_reason  # noqa: E402
from tests.servers.scripted import ScriptedServer  # noqa: E402

GATEWAY_SPEC = REPO_ROOT / "specs" / "ai-stats-gateway.openapi.yaml"
OPENAI_SPEC = REPO_ROOT / "specs" / "openai.openapi.yml"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _need(path: Path, what: str) -> None:
    """Skip locally / fail in CI when a prerequisite is missing."""
    if path.is_file():
        return
    msg = f"{what} missing: {path} (run `make specs`)"
    if in_ci():
        pytest.fail(msg, pytrace=False)
    pytest.skip(msg)


def _start_prism(spec: Path) -> PrismServer:
    _need(spec, "spec")
    reason = prism_missing_reason()
    if reason:
        if in_ci():
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    server = PrismServer(spec)
    try:
        server.start()
    except PrismError as e:
        pytest.fail(str(e), pytrace=False)
    return server


@pytest.fixture(scope="session")
def prism_gateway() -> Iterator[PrismServer]:
    server = _start_prism(GATEWAY_SPEC)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def prism_openai() -> Iterator[PrismServer]:
    server = _start_prism(OPENAI_SPEC)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server
