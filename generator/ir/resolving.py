"""A ``$ref`` resolver that remembers what it found, for the length of one IR build."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Resolver = Callable[[str], Any]

_UNSEEN = object()


def remembering(resolve: Resolver) -> Resolver:
    """``resolve``, looking each ref up once: the IR follows the same few refs again and again
    (every operation of Microsoft Graph refers to the same shared parameters and error responses,
    80k lookups for a few thousand refs).  The document is not changed while the IR is built, so
    a ref keeps its node; a ref that fails is not remembered, and fails (and reports) each time as
    before.  Make one per build: the cache lives as long as the resolver it returns."""
    found: dict[str, Any] = {}

    def resolve_once(ref: str) -> Any:
        node = found.get(ref, _UNSEEN)
        if node is _UNSEEN:
            node = found[ref] = resolve(ref)
        return node

    return resolve_once
