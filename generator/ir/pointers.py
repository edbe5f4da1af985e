"""JSON pointers and ``$ref`` strings, as the IR records where each value came from."""

from __future__ import annotations


def escape_pointer(token: str) -> str:
    if "~" not in token and "/" not in token:  # most tokens: no new string, no two scans to copy
        return token
    return token.replace("~", "~0").replace("/", "~1")


def ref_pointer(ref: str) -> str:
    """The pointer part of a canonical ref: ``#/components/schemas/X`` → ``/components/schemas/X``."""
    return ref.split("#", 1)[1] if "#" in ref else ""


def ref_site(ref: str) -> str:
    """Where a ref points, as used in IR pointers: the fragment for the root document, the whole
    canonical URI for other files (so pointers from two files never collide)."""
    return ref_pointer(ref) if ref.startswith("#") else ref


def ref_leaf(ref: str) -> str:
    pointer = ref_pointer(ref)
    leaf = pointer.rsplit("/", 1)[-1] if pointer else ref.rsplit("/", 1)[-1].split(".", 1)[0]
    return leaf.replace("~1", "/").replace("~0", "~")
