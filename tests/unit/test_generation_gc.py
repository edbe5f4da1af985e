"""While rendering, the document and the IR sit in the garbage collector's permanent generation
(so full collections do not rescan them); afterwards, and after a failure, nothing stays frozen
(a long-lived process that generates many times would otherwise keep cyclic garbage forever)."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.config import adhoc_target
from generator.render.plan import FilePlan

SPEC = Path(__file__).resolve().parents[1] / "fixtures" / "specs" / "cli" / "good.yaml"


def test_the_heap_is_frozen_while_rendering_and_handed_back_after(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline._render_plan
    frozen: list[int] = []

    def watching(env: Any, plan: FilePlan, project: Any) -> tuple[str, bool]:
        frozen.append(gc.get_freeze_count())
        return real(env, plan, project)

    monkeypatch.setattr(pipeline, "_render_plan", watching)
    assert gc.get_freeze_count() == 0
    pipeline.generate(adhoc_target(SPEC, "pet_client", tmp_path / "out"))
    assert frozen and min(frozen) > 1000  # the document, the IR, the modules...
    assert gc.get_freeze_count() == 0


def test_nothing_stays_frozen_after_a_failed_generation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(env: Any, plan: FilePlan, project: Any) -> tuple[str, bool]:
        raise RuntimeError("template exploded")

    monkeypatch.setattr(pipeline, "_render_plan", failing)
    with pytest.raises(RuntimeError):
        pipeline.generate(adhoc_target(SPEC, "pet_client", tmp_path / "out"))
    assert gc.get_freeze_count() == 0
