"""Prism (Stoplight's OpenAPI mock server) as a context manager, for tests of generated clients.

    from tests.servers.prism import PrismServer, request_violations

    with PrismServer("specs/ai-stats-gateway.openapi.yaml") as prism:
        r = httpx.get(prism.base_url + "/healthz", headers={"Authorization": "Bearer x"})
        assert r.status_code == 200 and request_violations(r) == []

Prism (tools/node_modules/.bin/prism, pinned 5.16.0, installed by `make tools`) is started as
`prism mock -h 127.0.0.1 -p <free port> <spec>` in its own process group, with its log in a
temporary file. start() waits (bounded) until a TCP connect and an HTTP request succeed; stop()
kills the whole group and keeps the log in `.log`. A missing tool raises PrismNotInstalled,
whose message says to run `make tools`.

Paths: Prism matches request paths against the spec's `paths` *without* the path of `servers`
(the gateway's https://.../v1 becomes just http://127.0.0.1:PORT), so use `base_url` as is.

Request validation (how an invalid request always yields a 4xx with the reason):
  - `prism mock` always validates requests (body, parameters, headers, content type) and
    security (a missing `Authorization` for a secured operation is a 401).
  - A request with an error-severity violation never gets a 2xx. Prism answers with the
    operation's own 422, 400 (or 4XX) or `default` response from the spec when it declares one,
    else with its own 422 `application/problem+json` whose `validation` list holds the reasons
    (location, severity, code, message); 401 for security, 415 for a wrong content type.
  - Whatever the status, every violation (errors *and* warnings) is also sent in the
    `sl-violations` response header (JSON list, same items with "location" prefixed by
    "request"). `request_violations(response)` reads both places, and
    `assert_request_valid(response)` fails a test on any error-severity request violation, so
    a client test can check "the request we sent matches the spec" even when the operation
    declares a 400 example that Prism serves as is.
  - `--errors` is NOT about requests: in Prism 5 it only turns violations of Prism's *own mocked
    response* (an example that doesn't match its schema) into a 500 "VIOLATIONS" problem. It is
    off by default here (the OpenAI spec has such examples, and they are not the client's fault);
    pass `errors=True` to check a spec's examples.
  - Prism silently SKIPS validation of a body whose schema its validator (ajv) can't compile,
    and answers 2xx. In OpenAPI 3.1 documents that happens for `nullable: true` without `type`
    (a 3.0 keyword that means nothing in 3.1; the OpenAI spec has 112 of them, which disabled
    validation for 12 operations, chat completions among them). So, for a 3.1 document,
    PrismServer serves a copy with those boolean `nullable` keys removed (`prism_compat=True`,
    the default; semantics unchanged in 3.1, examples/defaults/enums untouched). The copy is a
    JSON file in a temporary directory, so a spec with relative-file `$ref`s needs
    `prism_compat=False`.
  - The same copy leaves out response headers that frame the HTTP message (`Transfer-Encoding`,
    `Content-Length`, `Connection`): Prism mocks a declared header with a value sampled from its
    schema, and the OpenAI spec's `Transfer-Encoding` of /audio/speech came back as
    `Transfer-Encoding: string`, which no HTTP client can read (RemoteProtocolError).
Responses are static (examples, else generated from the schema deterministically);
`dynamic=True, seed=...` switches to json-schema-faker.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
PRISM_BIN = REPO_ROOT / "tools" / "node_modules" / ".bin" / "prism"

__all__ = [
    "PRISM_BIN",
    "PrismError",
    "PrismNotInstalled",
    "PrismServer",
    "assert_request_valid",
    "free_port",
    "request_violations",
]


class PrismError(RuntimeError):
    """Prism didn't start or died; the message includes the tail of its log."""


class PrismNotInstalled(PrismError):
    """The Prism CLI (or node) isn't installed: run `make tools`."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prism_missing_reason() -> str | None:
    """None when Prism can run, else why not (with the fix)."""
    if not PRISM_BIN.exists():
        return f"Prism is not installed ({PRISM_BIN} is missing): run `make tools`"
    if not _which("node"):
        return "node is not on PATH (Prism needs Node.js >= 18); install it, then `make tools`"
    return None


def _which(cmd: str) -> str | None:
    for d in os.environ.get("PATH", "").split(os.pathsep):
        p = Path(d) / cmd
        if p.is_file() and os.access(p, os.X_OK):
            return str(p)
    return None


class PrismServer:
    """`prism mock` on 127.0.0.1 for one spec; see the module docstring."""

    def __init__(
        self,
        spec_path: str | os.PathLike[str],
        port: int | None = None,
        *,
        errors: bool = False,
        dynamic: bool = False,
        seed: str | None = None,
        extra_args: Sequence[str] = (),
        startup_timeout: float = 60.0,
        verbose_level: str = "info",
        prism_compat: bool = True,
    ) -> None:
        self.spec_path = Path(spec_path)
        if not self.spec_path.is_absolute():
            self.spec_path = REPO_ROOT / self.spec_path
        self.requested_port = port
        self.port: int = 0
        self.errors = errors
        self.dynamic = dynamic
        self.seed = seed
        self.extra_args = list(extra_args)
        self.startup_timeout = startup_timeout
        self.verbose_level = verbose_level
        self.prism_compat = prism_compat
        self.served_spec: Path = self.spec_path  # what Prism actually reads
        self.log = ""
        self._tmpdir: tempfile.TemporaryDirectory[str] | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._logfile: Any = None

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        if not self.port:
            raise RuntimeError("PrismServer is not started")
        return f"http://127.0.0.1:{self.port}"

    def command(self, port: int) -> list[str]:
        cmd = [
            str(PRISM_BIN),
            "mock",
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-v",
            self.verbose_level,
        ]
        if self.errors:
            cmd.append("--errors")
        if self.dynamic:
            cmd.append("--dynamic")
        if self.seed is not None:
            cmd += ["--seed", self.seed]
        cmd += self.extra_args
        cmd.append(str(self.served_spec))
        return cmd

    def start(self) -> PrismServer:
        if self._proc is not None:
            raise RuntimeError("already started")
        reason = prism_missing_reason()
        if reason:
            raise PrismNotInstalled(reason)
        if not self.spec_path.is_file():
            raise PrismError(f"spec not found: {self.spec_path} (run `make specs`)")
        self.served_spec = self._prepare_spec() if self.prism_compat else self.spec_path
        attempts = 1 if self.requested_port else 3
        last: PrismError | None = None
        for _ in range(attempts):
            try:
                self._start_once(self.requested_port or free_port())
                return self
            except PrismError as e:  # e.g. the free port was taken meanwhile
                last = e
                self.stop()
                if "EADDRINUSE" not in str(e):
                    break
        assert last is not None
        raise last

    def _prepare_spec(self) -> Path:
        """A copy without boolean `nullable` keys (OpenAPI 3.1) and without declared framing
        response headers (see the module docstring); the spec itself when neither occurs."""
        import yaml  # the test venv has PyYAML; only needed here

        with self.spec_path.open("rb") as f:
            head = f.read(4096)
        if b"openapi:" not in head and b'"openapi"' not in head:
            return self.spec_path
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        with self.spec_path.open("rb") as f:
            doc = yaml.load(f, Loader=loader)
        if not isinstance(doc, dict):
            return self.spec_path
        changed = _drop_framing_headers(doc)
        if str(doc.get("openapi", "")).startswith("3.1"):
            changed += _drop_boolean_nullable(doc)
        if not changed:
            return self.spec_path
        if self._tmpdir is None:
            self._tmpdir = tempfile.TemporaryDirectory(prefix="oagen-prism-")
        out = Path(self._tmpdir.name) / (self.spec_path.stem + ".prism.json")
        with out.open("w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, default=_json_default)
        return out

    def _start_once(self, port: int) -> None:
        self.port = port
        self.log = ""
        self._logfile = tempfile.TemporaryFile(prefix="prism-", suffix=".log")  # noqa: SIM115
        env = dict(os.environ)
        env.setdefault("NO_COLOR", "1")
        env["FORCE_COLOR"] = "0"
        self._proc = subprocess.Popen(
            self.command(port),
            cwd=str(REPO_ROOT),
            stdin=subprocess.DEVNULL,
            stdout=self._logfile,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group: stop() kills node and any children
            env=env,
        )
        deadline = time.monotonic() + self.startup_timeout
        while True:
            code = self._proc.poll()
            if code is not None:
                raise PrismError(
                    f"prism exited with code {code} while starting on port {port} "
                    f"for {self.spec_path.name}:\n{self._log_tail()}"
                )
            if self._ready():
                return
            if time.monotonic() > deadline:
                raise PrismError(
                    f"prism not ready within {self.startup_timeout:.0f} s on port {port} "
                    f"for {self.spec_path.name}:\n{self._log_tail()}"
                )
            time.sleep(0.2)

    def _ready(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1.0):
                pass
        except OSError:
            return False
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5.0)
        try:
            # Any HTTP answer means the router is up (a 404 or 401 is fine).
            conn.request("GET", "/__oagen_readiness_probe__")
            conn.getresponse().read()
            return True
        except (OSError, http.client.HTTPException):
            return False
        finally:
            conn.close()

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(timeout=5)
            else:
                # The leader is gone; make sure nothing of its group lingers.
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
        if self._logfile is not None:
            self.log = self._read_log()
            self._logfile.close()
            self._logfile = None
        if self._tmpdir is not None:
            self._tmpdir.cleanup()
            self._tmpdir = None

    def __enter__(self) -> PrismServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    # -- logs ------------------------------------------------------------------------------

    def _read_log(self) -> str:
        if self._logfile is None:
            return self.log
        self._logfile.flush()
        self._logfile.seek(0)
        data: bytes = self._logfile.read()
        return data.decode("utf-8", "replace")

    def current_log(self) -> str:
        """Prism's output so far (also available as `.log` after stop())."""
        return self._read_log()

    def _log_tail(self, lines: int = 40) -> str:
        return "\n".join(self._read_log().splitlines()[-lines:])


_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})


def _drop_boolean_nullable(node: Any) -> int:
    """Remove `nullable: <bool>` from every schema-like mapping (not from example data)."""
    removed = 0
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            if isinstance(cur.get("nullable"), bool):
                del cur["nullable"]
                removed += 1
            stack.extend(v for k, v in cur.items() if k not in _DATA_KEYS)
        elif isinstance(cur, list):
            stack.extend(cur)
    return removed


# Response headers that frame the HTTP message: a mocked value breaks the response.
_FRAMING_HEADERS = frozenset({"transfer-encoding", "content-length", "connection"})


def _drop_framing_headers(doc: dict[str, Any]) -> int:
    """Remove the declarations of framing headers from every response (inline and shared)."""
    responses: list[Any] = list((doc.get("components") or {}).get("responses", {}).values())
    for item in (doc.get("paths") or {}).values():
        for op in (item or {}).values():
            if isinstance(op, dict):
                responses += (op.get("responses") or {}).values()
    removed = 0
    for response in responses:
        headers = response.get("headers") if isinstance(response, dict) else None
        for name in [n for n in headers or {} if n.lower() in _FRAMING_HEADERS]:
            del headers[name]
            removed += 1
    return removed


def _json_default(o: Any) -> Any:
    if hasattr(o, "isoformat"):  # YAML timestamps in examples
        return o.isoformat()
    if isinstance(o, bytes):
        return o.decode("utf-8", "replace")
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")


# --- request validation helpers ---------------------------------------------------------------


def request_violations(response: Any, *, errors_only: bool = False) -> list[dict[str, Any]]:
    """The request violations Prism reported for one response (an httpx/requests response).

    Read from the `sl-violations` header (always set when there are any) and from the body of
    Prism's own 422 problem+json. Each item: {"location": [...], "severity": "Error"|"Warning",
    "code": ..., "message": ...}. Response-side violations (location starting with "response")
    are left out.
    """
    found: list[dict[str, Any]] = []
    raw = response.headers.get("sl-violations")
    if raw:
        raw = raw.removeprefix("Too many violations! ")
        try:
            items = json.loads(raw)
        except ValueError:
            items = [{"location": ["request"], "severity": "Error", "code": "?", "message": raw}]
        for v in items:
            loc = list(v.get("location") or [])
            if loc and loc[0] == "response":
                continue
            if loc and loc[0] == "request":
                loc = loc[1:]
            found.append({**v, "location": loc})
    ctype = response.headers.get("content-type", "")
    if not found and "problem+json" in ctype:
        try:
            problem = response.json()
        except ValueError:
            problem = None
        if isinstance(problem, dict):
            for v in problem.get("validation") or []:
                found.append(dict(v))
            if not found and 400 <= response.status_code < 500:
                found.append(
                    {
                        "location": [],
                        "severity": "Error",
                        "code": str(problem.get("status", response.status_code)),
                        "message": f"{problem.get('title')}: {problem.get('detail')}",
                    }
                )
    if errors_only:
        found = [v for v in found if v.get("severity") == "Error"]
    return found


def assert_request_valid(response: Any) -> None:
    """Fail when Prism found an error-severity violation in the request behind `response`."""
    errs = request_violations(response, errors_only=True)
    if errs:
        lines = [
            f"  {'.'.join(str(p) for p in v.get('location') or []) or '(request)'}: "
            f"{v.get('message')} [{v.get('code')}]"
            for v in errs
        ]
        req = getattr(response, "request", None)
        what = f"{req.method} {req.url}" if req is not None else "request"
        raise AssertionError(
            f"Prism rejected {what} (HTTP {response.status_code}):\n" + "\n".join(lines)
        )
