"""Per-call cost through ``httpx.MockTransport``: oagen's generated client vs the official
``openai`` package vs bare httpx + a hand-written pydantic model.

Run by ``tests/bench/run.py`` in its own process; prints one JSON object (seconds per call):

    {"sync": {"chat": {"oagen": {"median": ..., "min": ..., "max": ..., "samples": [...]}, ...}}}

The implementations of one case take turns (round-robin, one warm-up round first), so drift on a
noisy machine hits them alike. A sample is the mean over a batch of calls (many for the small
chat completion, one for the large embeddings response and the 2,000-event stream).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "generated" / "openai_client"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402
import openai  # noqa: E402
import openai_client  # noqa: E402
import payloads as P  # noqa: E402
from pydantic import TypeAdapter  # noqa: E402

N_EMBEDDINGS = int(os.environ.get("BENCH_EMBEDDINGS", "1000"))
N_CHUNKS = int(os.environ.get("BENCH_CHUNKS", "2000"))

IMPLS = ("oagen", "openai", "bare")


def _handler(body: bytes, content_type: str) -> Callable[[httpx.Request], httpx.Response]:
    headers = {"content-type": content_type, "x-request-id": "req_bench"}

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=headers)

    return handle


class Bodies:
    def __init__(self) -> None:
        self.chat = P.json_bytes(P.chat_completion())
        self.embeddings = P.json_bytes(P.embeddings(N_EMBEDDINGS))
        self.stream = P.sse_body(N_CHUNKS)
        self.page = P.json_bytes(P.files_page(100))
        # lenient rows: bodies that drift from the spec; their "bare" anchor validates the valid
        # twin (a bare pydantic model has no lenient path), so the ratio is lenient / fast
        self.chat_lenient = P.json_bytes(P.chat_completion_drifted())
        self.page_lenient = P.json_bytes(P.files_page(100, bad=50))

    def handler(self, case: str) -> Callable[[httpx.Request], httpx.Response]:
        if case == "stream":
            return _handler(self.stream, "text/event-stream")
        return _handler(getattr(self, case), "application/json")

    def anchor(self, case: str) -> bytes:
        """The valid body the bare anchor of ``case`` validates."""
        return {"chat_lenient": self.chat, "page_lenient": self.page}.get(case) or getattr(
            self, case
        )


# The JSON cases beyond chat and embeddings: (oagen call, openai call, bare model, path)
JSON_CASES: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any], Any, str]] = {
    "chat_lenient": (
        lambda c: c.chat.create_chat_completion(P.CHAT_REQUEST),
        lambda c: c.chat.completions.create(**P.CHAT_REQUEST),
        P.ChatCompletion,
        "/chat/completions",
    ),
    "page": (
        lambda c: c.files.list_files(),
        lambda c: c.files.list(),
        P.FilePage,
        "/files",
    ),
    "page_lenient": (
        lambda c: c.files.list_files(),
        lambda c: c.files.list(),
        P.FilePage,
        "/files",
    ),
}


# --- sync ---------------------------------------------------------------------------------


def sync_callables(case: str, bodies: Bodies) -> dict[str, Callable[[], Any]]:
    def transport() -> httpx.MockTransport:
        return httpx.MockTransport(bodies.handler(case))

    ours = openai_client.Client(
        api_key="k", base_url=P.BASE_URL, http_client=httpx.Client(transport=transport())
    )
    theirs = openai.OpenAI(
        api_key="k",
        base_url=P.BASE_URL,
        max_retries=0,
        http_client=httpx.Client(transport=transport()),
    )
    bare = httpx.Client(
        transport=transport(), base_url=P.BASE_URL, headers={"Authorization": "Bearer k"}
    )

    if case == "chat":
        ta_chat = TypeAdapter(P.ChatCompletion)

        def bare_chat() -> Any:
            r = bare.post("/chat/completions", json=P.CHAT_REQUEST)
            r.raise_for_status()
            return ta_chat.validate_json(r.content)

        return {
            "oagen": lambda: ours.chat.create_chat_completion(P.CHAT_REQUEST),
            "openai": lambda: theirs.chat.completions.create(**P.CHAT_REQUEST),
            "bare": bare_chat,
        }
    if case == "embeddings":
        ta_emb = TypeAdapter(P.CreateEmbeddingResponse)

        def bare_emb() -> Any:
            r = bare.post("/embeddings", json=P.EMBEDDING_REQUEST)
            r.raise_for_status()
            return ta_emb.validate_json(r.content)

        return {
            "oagen": lambda: ours.embeddings.create_embedding(P.EMBEDDING_REQUEST),
            "openai": lambda: theirs.embeddings.create(**P.EMBEDDING_REQUEST),
            "bare": bare_emb,
        }
    if case in JSON_CASES:
        ours_call, theirs_call, model, path = JSON_CASES[case]
        ta = TypeAdapter(model)
        anchor = httpx.Client(
            transport=httpx.MockTransport(_handler(bodies.anchor(case), "application/json")),
            base_url=P.BASE_URL,
            headers={"Authorization": "Bearer k"},
        )

        def bare_json() -> Any:
            r = anchor.request(
                "POST" if path == "/chat/completions" else "GET",
                path,
                json=P.CHAT_REQUEST if path == "/chat/completions" else None,
            )
            r.raise_for_status()
            return ta.validate_json(r.content)

        return {
            "oagen": lambda: ours_call(ours),
            "openai": lambda: theirs_call(theirs),
            "bare": bare_json,
        }
    if case == "stream":
        ta_chunk = TypeAdapter(P.ChatCompletionChunk)

        def ours_stream() -> int:
            with ours.chat.create_chat_completion_stream(P.CHAT_REQUEST) as s:
                return sum(1 for _ in s)

        def theirs_stream() -> int:
            with theirs.chat.completions.create(**P.CHAT_REQUEST, stream=True) as s:
                return sum(1 for _ in s)

        def bare_stream() -> int:
            n = 0
            body = {**P.CHAT_REQUEST, "stream": True}
            with bare.stream("POST", "/chat/completions", json=body) as r:
                r.raise_for_status()
                for line in r.iter_lines():
                    if line.startswith("data: "):
                        data = line[6:]
                        if data == "[DONE]":
                            break
                        ta_chunk.validate_json(data)
                        n += 1
            return n

        return {"oagen": ours_stream, "openai": theirs_stream, "bare": bare_stream}
    raise ValueError(case)


# --- async --------------------------------------------------------------------------------


def async_callables(case: str, bodies: Bodies) -> dict[str, Callable[[], Awaitable[Any]]]:
    def transport() -> httpx.MockTransport:
        return httpx.MockTransport(bodies.handler(case))

    ours = openai_client.AsyncClient(
        api_key="k", base_url=P.BASE_URL, http_client=httpx.AsyncClient(transport=transport())
    )
    theirs = openai.AsyncOpenAI(
        api_key="k",
        base_url=P.BASE_URL,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=transport()),
    )
    bare = httpx.AsyncClient(
        transport=transport(), base_url=P.BASE_URL, headers={"Authorization": "Bearer k"}
    )

    if case == "chat":
        ta_chat = TypeAdapter(P.ChatCompletion)

        async def bare_chat() -> Any:
            r = await bare.post("/chat/completions", json=P.CHAT_REQUEST)
            r.raise_for_status()
            return ta_chat.validate_json(r.content)

        return {
            "oagen": lambda: ours.chat.create_chat_completion(P.CHAT_REQUEST),
            "openai": lambda: theirs.chat.completions.create(**P.CHAT_REQUEST),
            "bare": bare_chat,
        }
    if case == "embeddings":
        ta_emb = TypeAdapter(P.CreateEmbeddingResponse)

        async def bare_emb() -> Any:
            r = await bare.post("/embeddings", json=P.EMBEDDING_REQUEST)
            r.raise_for_status()
            return ta_emb.validate_json(r.content)

        return {
            "oagen": lambda: ours.embeddings.create_embedding(P.EMBEDDING_REQUEST),
            "openai": lambda: theirs.embeddings.create(**P.EMBEDDING_REQUEST),
            "bare": bare_emb,
        }
    if case in JSON_CASES:
        ours_call, theirs_call, model, path = JSON_CASES[case]
        ta = TypeAdapter(model)
        anchor = httpx.AsyncClient(
            transport=httpx.MockTransport(_handler(bodies.anchor(case), "application/json")),
            base_url=P.BASE_URL,
            headers={"Authorization": "Bearer k"},
        )

        async def bare_json() -> Any:
            r = await anchor.request(
                "POST" if path == "/chat/completions" else "GET",
                path,
                json=P.CHAT_REQUEST if path == "/chat/completions" else None,
            )
            r.raise_for_status()
            return ta.validate_json(r.content)

        return {
            "oagen": lambda: ours_call(ours),
            "openai": lambda: theirs_call(theirs),
            "bare": bare_json,
        }
    if case == "stream":
        ta_chunk = TypeAdapter(P.ChatCompletionChunk)

        async def ours_stream() -> int:
            n = 0
            async with ours.chat.create_chat_completion_stream(P.CHAT_REQUEST) as s:
                async for _ in s:
                    n += 1
            return n

        async def theirs_stream() -> int:
            n = 0
            s = await theirs.chat.completions.create(**P.CHAT_REQUEST, stream=True)
            async with s:
                async for _ in s:
                    n += 1
            return n

        async def bare_stream() -> int:
            n = 0
            body = {**P.CHAT_REQUEST, "stream": True}
            async with bare.stream("POST", "/chat/completions", json=body) as r:
                r.raise_for_status()
                async for line in r.aiter_lines():
                    if line.startswith("data: "):
                        data = line[6:]
                        if data == "[DONE]":
                            break
                        ta_chunk.validate_json(data)
                        n += 1
            return n

        return {"oagen": ours_stream, "openai": theirs_stream, "bare": bare_stream}
    raise ValueError(case)


# --- measurement --------------------------------------------------------------------------


def _check(case: str, impl: str, result: Any) -> None:
    """The benchmark must measure successful, complete calls."""
    if case == "stream":
        ok = result == N_CHUNKS
    elif case == "embeddings":
        ok = len(result.data) == N_EMBEDDINGS and len(result.data[-1].embedding) == 1536
    elif case.startswith("page"):
        ok = len(result.data) == 100 and result.data[99].created_at == 1741569952 + 99
        if case == "page_lenient" and impl != "bare":
            ok = ok and result.data[50].created_at is None
    else:
        ok = result.choices[0].message.content == "Hello! How can I assist you today?"
    if not ok:
        raise SystemExit(f"percall: {impl} {case} returned an unexpected result: {result!r:.200}")


def _stats(samples: list[float]) -> dict[str, Any]:
    return {
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "samples": samples,
    }


def plan(case: str, runs: int) -> tuple[int, int]:
    """(samples, calls per sample) for a case."""
    if case in ("chat", "chat_lenient"):
        return max(runs, 9), 200
    if case in ("page", "page_lenient"):
        return max(runs, 9), 20
    if case == "stream":
        return max(runs, 7), 1
    return runs, 1


def run_sync(cases: list[str], runs: int, bodies: Bodies) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for case in cases:
        fns = sync_callables(case, bodies)
        for impl, fn in fns.items():  # warm-up round, and correctness
            _check(case, impl, fn())
        n_samples, batch = plan(case, runs)
        samples: dict[str, list[float]] = {impl: [] for impl in fns}
        for _ in range(n_samples):
            for impl, fn in fns.items():
                gc.collect()
                t0 = time.perf_counter()
                for _ in range(batch):
                    fn()
                samples[impl].append((time.perf_counter() - t0) / batch)
        out[case] = {impl: _stats(s) for impl, s in samples.items()}
        print(f"percall sync {case}: " + ", ".join(
            f"{i} {out[case][i]['median'] * 1e3:.3f} ms" for i in fns), file=sys.stderr)  # fmt: skip
    return out


async def _run_async(cases: list[str], runs: int, bodies: Bodies) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for case in cases:
        fns = async_callables(case, bodies)
        for impl, fn in fns.items():
            _check(case, impl, await fn())
        n_samples, batch = plan(case, runs)
        samples: dict[str, list[float]] = {impl: [] for impl in fns}
        for _ in range(n_samples):
            for impl, fn in fns.items():
                gc.collect()
                t0 = time.perf_counter()
                for _ in range(batch):
                    await fn()
                samples[impl].append((time.perf_counter() - t0) / batch)
        out[case] = {impl: _stats(s) for impl, s in samples.items()}
        print(f"percall async {case}: " + ", ".join(
            f"{i} {out[case][i]['median'] * 1e3:.3f} ms" for i in fns), file=sys.stderr)  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", default="chat,embeddings,stream,page,chat_lenient,page_lenient")
    ap.add_argument("--modes", default="sync,async")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    cases = [c for c in args.cases.split(",") if c]
    bodies = Bodies()
    result: dict[str, Any] = {}
    if "sync" in args.modes:
        result["sync"] = run_sync(cases, args.runs, bodies)
    if "async" in args.modes:
        result["async"] = asyncio.run(_run_async(cases, args.runs, bodies))
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
