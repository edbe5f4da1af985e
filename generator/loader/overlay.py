"""A target's overlay: a JSON Merge Patch (RFC 7386) applied to the root document as read.

The patch is applied before ``$ref`` resolution, checking and validation, so content the overlay
adds is resolved, checked and validated like the spec's own.  The merged root remembers the patch:
a diagnostic about a part the overlay supplied names the overlay file and its line, while one
about the spec's own content still names the spec file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, Severity, SpecError
from generator.loader.read import Source, read_source


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 JSON Merge Patch (``null`` deletes a key)."""
    if not isinstance(patch, Mapping):
        return patch
    out = dict(target) if isinstance(target, Mapping) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key), value)
    return out


@dataclass
class OverlaidSource(Source):
    """The root document with an overlay merged in; ``patch`` is the overlay file as read."""

    patch: Source | None = None
    original: Any = None  # the root document before the patch (to tell merged mappings apart)
    file_sha256: str = ""  # the root file's own digest (``sha256`` covers root and overlay)

    def files(self) -> dict[Path, str]:
        own = {self.path: self.file_sha256}
        return {**own, **self.patch.files()} if self.patch is not None else own

    def json_only(self) -> bool:
        return False  # the overlay's values may be YAML's (dates...)

    def position(self, parts: Sequence[str]) -> tuple[Path, int | None, int | None]:
        if self.patch is not None and _from_patch(self.patch.data, self.original, parts):
            return self.patch.position(parts)
        return super().position(parts)


def _from_patch(patch: Any, original: Any, parts: Sequence[str]) -> bool:
    """Did the patch supply the value at ``parts``?  Merge patch keeps paths: a value the patch
    supplied sits at the same path in the patch.  A mapping both documents have is the spec's."""
    for part in parts:
        if not isinstance(patch, Mapping):
            return True  # inside a value the patch set wholesale (a list, say)
        if part not in patch:
            return False
        patch = patch[part]
        original = original.get(part) if isinstance(original, Mapping) else None
    return not (isinstance(patch, Mapping) and isinstance(original, Mapping))


def read_overlay(path: Path) -> Source:
    """Read an overlay file; it must be a mapping (a patch that is not would replace the spec)."""
    overlay = read_source(path)
    if not isinstance(overlay.data, dict):
        kind = "empty" if overlay.data is None else f"a {type(overlay.data).__name__}"
        raise SpecError([Diagnostic(Severity.ERROR, "not-a-mapping",
                                    f"the overlay is {kind}; an overlay (JSON Merge Patch) must be a mapping",
                                    "", str(overlay.path), 1, 1)])
    return overlay


def apply_overlay(root: Source, overlay: Source) -> OverlaidSource:
    """``root`` with ``overlay`` merged in.  Its digest covers both files, so caches keyed on it
    (validation) never serve the un-overlaid document's results."""
    try:
        patch_bytes = overlay.path.read_bytes()
    except OSError as exc:
        raise SpecError([Diagnostic(Severity.ERROR, "file-unreadable",
                                    f"cannot read file: {exc.strerror or exc}", None, str(overlay.path))]) from None
    digest = hashlib.sha256(root.sha256.encode() + patch_bytes).hexdigest()
    return OverlaidSource(root.path, root.uri, digest, merge_patch(root.data, overlay.data), root.source_map,
                          patch=overlay, original=root.data, file_sha256=root.sha256)
