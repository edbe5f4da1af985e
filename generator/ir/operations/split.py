"""A group too large for one module → a tree of sub-resource groups (``client.users.messages``).

An API class renders to roughly 200-300 lines per operation (sync and async methods, overloads,
docstrings), so a tag with hundreds of operations (Microsoft Graph has tags of 673) made a module
of 167,000 lines that took a second to import and choked editors and type checkers.  Counting
operations is not enough: an operation whose query parameters are long enums (Graph's OData
``$select``/``$orderby`` lists, hundreds of values) prints every value once per signature, about
900 lines, and Graph's ``users.Functions`` tag made a module of 52,000 lines from 59 operations.
So each operation is weighed by what its methods will print
(:class:`~generator.ir.operations.weights.OperationWeights`).  The rule:

- a group of at most :data:`MAX_GROUP_OPERATIONS` operations and :data:`MAX_GROUP_LINES`
  estimated lines stays one class (every checked-in target does);
- a larger one is split by the first path segment after the segments all its operations share
  (``/users/{id}/messages/...`` → sub-resource ``messages``); operations on the shared prefix
  itself stay in the parent, and so do sub-resources of fewer than :data:`MIN_PART_OPERATIONS`
  operations while the parent still fits (both limits);
- each part over the limit is split again, one segment deeper.

Only paths and the weights decide, in the spec's order, so the result is deterministic.  Naming
is not done here: the builder claims class, module and attribute names for the tree through :mod:`generator.naming`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.ir import model as m
from generator.ir.operations.weights import ACCESSOR_LINES, OperationWeights

# About 20,000 lines of generated module at the ~280 lines per operation measured on OpenAI's
# and Microsoft Graph's largest classes.
MAX_GROUP_OPERATIONS = 64
# The estimated lines of a class's module that make it split: below the ~20,000 lines a module
# may have, for the estimate is up to a fifth short on Graph's largest modules (Graph's largest
# is then 17,140 lines); GitHub's issues (15,249 lines, 16,199 estimated) stay one class.
MAX_GROUP_LINES = 16_500
# A sub-resource this small stays a few methods of its parent rather than a class of its own.
MIN_PART_OPERATIONS = 4


@dataclass(frozen=True)
class Part:
    """One node of the split: its own operations and its sub-resources by path segment."""

    segment: str  # the path segment naming this sub-resource ("" for the group itself)
    operations: tuple[m.Operation, ...]
    parts: tuple[Part, ...] = ()


def _segments(path: str) -> list[str]:
    """The literal segments of a path: parameters tell instances apart, not resources."""
    return [s for s in path.split("/") if s and not s.startswith("{")]


def _shared_prefix(paths: Sequence[list[str]]) -> int:
    first = paths[0]
    n = min(len(p) for p in paths)
    for i in range(n):
        if any(p[i] != first[i] for p in paths):
            return i
    return n


def split_group(operations: Sequence[m.Operation], segment: str = "",
                limit: int | None = None, max_lines: int | None = None,
                weigh: Callable[[m.Operation], int] | None = None) -> Part:
    """The operations of one group as a tree whose every node holds at most ``limit``
    (default :data:`MAX_GROUP_OPERATIONS`) operations and ``max_lines`` (default
    :data:`MAX_GROUP_LINES`) lines as ``weigh`` estimates them (default: no body models known),
    unless the excess shares one path (nothing left to split by)."""
    ops = tuple(operations)
    weigh = OperationWeights({}).lines if weigh is None else weigh
    return _split(ops, [weigh(op) for op in ops], segment,
                  MAX_GROUP_OPERATIONS if limit is None else limit,
                  MAX_GROUP_LINES if max_lines is None else max_lines)


def _split(ops: tuple[m.Operation, ...], weights: list[int], segment: str, limit: int,
           max_lines: int) -> Part:
    if len(ops) <= limit and sum(weights) <= max_lines:
        return Part(segment, ops)
    segs = [_segments(op.path) for op in ops]
    depth = _shared_prefix(segs)
    buckets: dict[str, list[int]] = {}
    for i, s in enumerate(segs):
        buckets.setdefault(s[depth] if len(s) > depth else "", []).append(i)
    kept = buckets.pop("", [])
    if not buckets:
        return Part(segment, ops)
    # every sub-resource adds its accessors to the parent: counted for each bucket, as if none
    # stayed, so that the parent fits whatever the merge below decides
    kept_lines = sum(weights[i] for i in kept) + ACCESSOR_LINES * len(buckets)
    # small sub-resources stay in the parent, smallest first, while it fits
    children: list[tuple[str, list[int]]] = []
    for key, members in sorted(buckets.items(), key=lambda kv: (len(kv[1]), kv[0])):
        lines = sum(weights[i] for i in members)
        if (len(members) < MIN_PART_OPERATIONS and len(kept) + len(members) <= limit
                and kept_lines + lines <= max_lines):
            kept.extend(members)
            kept_lines += lines
        else:
            children.append((key, members))
    children.sort(key=lambda kv: kv[1][0])  # in the spec's order, like the operations
    return Part(
        segment,
        tuple(ops[i] for i in sorted(kept)),
        tuple(_split(tuple(ops[i] for i in members), [weights[i] for i in members], key, limit,
                     max_lines)
              for key, members in children),
    )
