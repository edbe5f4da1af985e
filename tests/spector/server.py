"""`tsp-spector serve` (the Spector mock server) on 127.0.0.1, as a context manager.

tsp-spector has no host option and express's `listen(port)` binds every interface, so node runs
it with tests/spector/loopback.cjs preloaded, which pins every listen() to 127.0.0.1; start()
then checks /proc/net/tcp{,6} and refuses to go on if the port is bound anywhere but 127.0.0.1.
It runs `git rev-parse HEAD` in the scenarios folder: GIT_DIR points it at a throwaway repository,
so the checkout need not be a git work tree. Port 0: the server picks a free port and logs it.
Coverage (`GET /.coverage`) is cumulative for the life of the process, so each lane (OpenAPI
version x sync/async) gets its own server and a scenario's verdict is its own.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
CLI = REPO / "tools" / "node_modules" / "@typespec" / "spector" / "cmd" / "cli.mjs"
SPECS = REPO / "tools" / "node_modules" / "@typespec" / "http-specs" / "specs"
LOOPBACK = Path(__file__).with_name("loopback.cjs")


class SpectorError(RuntimeError):
    pass


def listening_addresses(port: int) -> set[str]:
    """Local addresses (hex, as in /proc/net/tcp*) with a socket LISTENing on `port`."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(FileNotFoundError), open(table) as f:
            for line in f.readlines()[1:]:
                fields = line.split()
                address, hex_port = fields[1].split(":")
                if int(hex_port, 16) == port and fields[3] == "0A":  # 0A = LISTEN
                    found.add(address)
    return found


LOOPBACK_HEX = "0100007F"  # 127.0.0.1 in /proc/net/tcp's little-endian hex


class SpectorServer:
    def __init__(self, startup_timeout: float = 60.0) -> None:
        self.startup_timeout = startup_timeout
        self.port = 0
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self.log = ""

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> SpectorServer:
        self._tmp = tempfile.TemporaryDirectory(prefix="spector-")
        tmp = Path(self._tmp.name)
        subprocess.run(["git", "init", "-q", str(tmp / "repo")], check=True)
        subprocess.run(["git", "-C", str(tmp / "repo"), "-c", "user.name=spector", "-c", "user.email=spector@localhost",
                        "commit", "-q", "--allow-empty", "-m", "spector"], check=True)
        self._log_path = tmp / "server.log"
        env = dict(os.environ, GIT_DIR=str(tmp / "repo" / ".git"))
        with open(self._log_path, "wb") as log:
            self._proc = subprocess.Popen(
                ["node", "--require", str(LOOPBACK), str(CLI), "serve", str(SPECS), "--port", "0",
                 "--coverageFile", str(tmp / "coverage.json")],
                stdout=log, stderr=subprocess.STDOUT, env=env, cwd=tmp, start_new_session=True)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            text = self._log_path.read_text(errors="replace")
            m = re.search(r"Started server on (\d+)", text)
            if m:
                self.port = int(m.group(1))
                break
            if self._proc.poll() is not None:
                self.stop()
                raise SpectorError(f"tsp-spector exited ({self._proc.returncode}):\n{text[-2000:]}")
            time.sleep(0.1)
        else:
            self.stop()
            raise SpectorError(f"tsp-spector did not start within {self.startup_timeout} s:\n{self.log[-2000:]}")
        bound = listening_addresses(self.port)
        if bound != {LOOPBACK_HEX}:
            self.stop()
            raise SpectorError(f"tsp-spector listens on {sorted(bound)} (hex), not only 127.0.0.1")
        return self

    def coverage(self) -> dict[str, str]:
        with urllib.request.urlopen(self.base_url + "/.coverage", timeout=10) as r:
            reports: list[dict[str, Any]] = json.load(r)
        results: dict[str, str] = {}
        for report in reports:
            results.update(report["results"])
        return results

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, signal.SIGTERM)
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self._proc.pid, signal.SIGKILL)
                self._proc.wait(10)
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self.log = self._log_path.read_text(errors="replace")
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> SpectorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
