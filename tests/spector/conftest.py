"""Fixtures of the Spector harness: one mock server per lane, the run's results for the table."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

import pytest

from tests.spector.build import missing_reason, prepared
from tests.spector.server import SpectorServer


def _need_tools() -> None:
    reason = missing_reason()
    if reason:
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)


class Lanes:
    """A SpectorServer per (OpenAPI version, sync/async), started on first use."""

    def __init__(self) -> None:
        self.servers: dict[tuple[str, str], SpectorServer] = {}

    def __call__(self, version: str, mode: str) -> SpectorServer:
        if (version, mode) not in self.servers:
            self.servers[(version, mode)] = SpectorServer().start()
        return self.servers[(version, mode)]

    def stop(self) -> None:
        for server in self.servers.values():
            server.stop()


@pytest.fixture(scope="session")
def spector_lanes() -> Iterator[Lanes]:
    _need_tools()
    lanes = Lanes()
    try:
        yield lanes
    finally:
        lanes.stop()


@pytest.fixture(scope="session")
def spector_results() -> Iterator[dict[str, dict[str, str]]]:
    """scenario -> {"3.0 sync": "pass" | failure, ...}; written to build/spector/.../results.json."""
    _need_tools()
    results: dict[str, dict[str, str]] = {}
    yield results
    if results:
        path = prepared().root / "results.json"
        path.write_text(json.dumps(results, indent=1, sort_keys=True))
