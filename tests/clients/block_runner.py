"""Run many docs example blocks in one interpreter: each block is compiled and executed as written,
as its own code, in a fresh namespace (``__name__ == "__main__"``), with its own captured stdout;
blocks run on a few threads so that their requests to the mock server overlap.

Started by tests/clients/test_docs_examples.py as ``python block_runner.py WORKERS`` with the
package on PYTHONPATH and the base URL and credentials in the environment, exactly what a
subprocess per block would have; reads ``[[block_id, code], ...]`` as JSON on stdin and writes
``[{"id", "error", "stdout"}, ...]`` (``error`` None when the block ran to its end) on stdout.

One interpreter instead of one per block: the package is imported once (a subprocess per block
spent most of its time importing it), which is what makes running every block affordable.
"""

from __future__ import annotations

import io
import json
import sys
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TextIO


class _PerThreadStdout(io.TextIOBase):
    """``sys.stdout`` for every thread: writes go to the running block's own buffer."""

    def __init__(self, fallback: TextIO) -> None:
        self._local = threading.local()
        self._fallback = fallback

    def capture(self, buffer: io.StringIO | None) -> None:
        self._local.buffer = buffer

    def write(self, text: str) -> int:
        target = getattr(self._local, "buffer", None) or self._fallback
        return target.write(text)

    def flush(self) -> None:
        (getattr(self._local, "buffer", None) or self._fallback).flush()


def run_block(stdout: _PerThreadStdout, block_id: str, code: str) -> dict[str, Any]:
    buffer = io.StringIO()
    stdout.capture(buffer)
    error = None
    try:
        exec(compile(code, f"<{block_id}>", "exec"), {"__name__": "__main__"})
    except BaseException:  # SystemExit included: the block did not run to its end
        error = traceback.format_exc(limit=-8)
    finally:
        stdout.capture(None)
    return {"id": block_id, "error": error, "stdout": buffer.getvalue()}


def main() -> None:
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    blocks = json.loads(sys.stdin.read())
    real_stdout = sys.stdout
    stdout = _PerThreadStdout(sys.stderr)
    sys.stdout = stdout  # type: ignore[assignment]
    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(lambda b: run_block(stdout, b[0], b[1]), blocks))
    finally:
        sys.stdout = real_stdout
    json.dump(results, real_stdout)


if __name__ == "__main__":
    main()
