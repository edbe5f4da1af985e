"""Validation findings with ABSOLUTE locations: the fast validator or the reference, cached.

Two implementations give the same findings (kinds, locations, messages):

* the fast one (:mod:`generator.loader.fastvalidate`, the default): compiled ``jsonschema-rs``
  validators answer every validity question; the reference explains the few failures;
* the reference, openapi-spec-validator 0.9 (``OAGEN_VALIDATOR=reference``, or
  :func:`validate_reference`), which tests compare the fast one against.
"""

from __future__ import annotations

import os
from importlib.metadata import version as _dist_version

from generator import cache
from generator.loader.findings import Finding
from generator.loader.read import Source
from generator.loader.reference import validate_reference

__all__ = ["Finding", "validate", "validate_reference"]

_VALIDATOR_VERSION = _dist_version("openapi-spec-validator")
_RS_VERSION = _dist_version("jsonschema-rs")


def validate(sources: dict[str, Source], version: str, *, repaired: bool) -> list[Finding]:
    """Every problem openapi-spec-validator finds, each at its absolute location.

    The fast implementation unless ``OAGEN_VALIDATOR=reference``.  Cached on the bytes and
    locations of every loaded file, the mode (``repaired``: validating the lenient-repaired
    documents), the implementation, the validators' versions and oagen's own source.
    """
    mode = "reference" if os.environ.get("OAGEN_VALIDATOR") == "reference" else "fast"
    k = cache.key(
        "validate", version, str(repaired), mode, _VALIDATOR_VERSION, _RS_VERSION,
        cache.source_fingerprint(),
        *(f"{uri}={src.sha256}" for uri, src in sorted((s.uri, s) for s in sources.values())),
    )
    hit = cache.get_json("validation", k)
    if isinstance(hit, list):
        try:
            return [Finding(f["kind"], f["uri"], tuple(f["parts"]), f["message"], tuple(f["anchor"]))
                    for f in hit]
        except (KeyError, TypeError):
            pass
    if mode == "reference":
        findings = validate_reference(sources, version)
    else:
        from generator.loader.fastvalidate import validate_fast

        findings = validate_fast(sources, version)
    cache.put_json("validation", k, [
        {"kind": f.kind, "uri": f.uri, "parts": list(f.parts), "message": f.message,
         "anchor": list(f.anchor)} for f in findings
    ])
    return findings
