"""The client-visible API surface and the changes between two of them (``oagen diff``).

:mod:`.extract` turns an IR into a surface, :mod:`.compare` two surfaces into changes (breaking or
not), :mod:`.report` changes into text or JSON with a suggested version bump.  Loading specs and
targets is the pipeline's business (:mod:`generator.pipeline`); this package only sees the IR.
"""

from __future__ import annotations

from generator.surface.changes import KINDS, Change
from generator.surface.compare import compare
from generator.surface.extract import SURFACE_VERSION, surface
from generator.surface.report import format_json, format_text, suggest_bump

__all__ = ["KINDS", "SURFACE_VERSION", "Change", "compare", "format_json", "format_text", "suggest_bump",
           "surface"]
