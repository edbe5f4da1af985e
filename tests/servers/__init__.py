"""Servers that tests of generated clients talk to over real sockets (127.0.0.1 only).

- `prism.PrismServer`: Prism mock server for a spec (request validation, spec-shaped replies).
- `scripted.ScriptedServer`: our own HTTP/1.1 server replaying scripted replies (streaming,
  faults, retries, timeouts) and recording the requests.

The pytest fixtures are in tests/conftest.py: `prism_gateway`, `prism_openai` (session-scoped,
started on first use) and `scripted_server` (one per test).
"""

from .prism import (
    PrismError,
    PrismNotInstalled,
    PrismServer,
    assert_request_valid,
    request_violations,
)
from .scripted import Headers, RecordedRequest, Reply, ScriptedServer, sse

__all__ = [
    "Headers",
    "PrismError",
    "PrismNotInstalled",
    "PrismServer",
    "RecordedRequest",
    "Reply",
    "ScriptedServer",
    "assert_request_valid",
    "request_violations",
    "sse",
]
