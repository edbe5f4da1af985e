"""Files go to the new output tree as they are rendered (writing overlaps rendering), and the
previous output stays untouched until the whole new tree is there: a generation that fails
half-way through, or a path that would leave the output directory, loses nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.config import adhoc_target
from generator.diagnostics import OutputError
from generator.render.plan import FilePlan
from generator.render.write import MANIFEST, SURFACE, StagedTree

SPEC = Path(__file__).resolve().parents[1] / "fixtures" / "specs" / "cli" / "good.yaml"


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def leftovers(output: Path) -> list[str]:
    return sorted(p.name for p in output.parent.iterdir() if ".oagen-" in p.name)


def test_a_generation_failing_half_way_leaves_the_previous_output_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = adhoc_target(SPEC, "pet_client", tmp_path / "out")
    pipeline.generate(target)
    before = tree(target.output)
    assert len(before) > 20
    real = pipeline._render_plan
    rendered: list[str] = []

    def failing(env: Any, plan: FilePlan, project: Any) -> tuple[str, bool]:
        if len(rendered) == len(before) // 2:
            raise RuntimeError("template exploded")
        rendered.append(plan.path)
        return real(env, plan, project)

    monkeypatch.setattr(pipeline, "_render_plan", failing)
    with pytest.raises(RuntimeError, match="template exploded"):
        pipeline.generate(target)
    assert rendered, "files were rendered (and written to the new tree) before the failure"
    assert tree(target.output) == before
    assert leftovers(target.output) == []


def test_each_file_reaches_the_writer_before_the_next_is_rendered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = adhoc_target(SPEC, "pet_client", tmp_path / "out")
    _, api, _ = pipeline.build(target)
    real = pipeline._render_plan
    events: list[tuple[str, str]] = []

    def recording(env: Any, plan: FilePlan, project: Any) -> tuple[str, bool]:
        events.append(("render", plan.path))
        return real(env, plan, project)

    monkeypatch.setattr(pipeline, "_render_plan", recording)
    files = pipeline.render(api, target, sink=lambda path, data: events.append(("write", path)))
    written = [path for kind, path in events if kind == "write"]
    assert sorted(written) == sorted(files) and len(written) == len(set(written))
    assert written[-1] == MANIFEST and SURFACE in written
    # rendering and writing interleave: the first file is written before the second is rendered
    assert [kind for kind, _ in events[:3]] == ["render", "write", "render"]


def test_a_path_leaving_the_output_is_refused_and_the_old_tree_kept(tmp_path: Path) -> None:
    target = adhoc_target(SPEC, "pet_client", tmp_path / "out")
    pipeline.generate(target)
    before = tree(target.output)
    with pytest.raises(OutputError, match="outside the output directory"), StagedTree(target.output) as staged:
        staged.put("pet_client/ok.py", b"x = 1\n")
        staged.put("../escape.py", b"x = 1\n")
    assert tree(target.output) == before
    assert leftovers(target.output) == []
    assert not (tmp_path / "escape.py").exists()


def test_a_staged_tree_replaces_the_output_only_when_complete(tmp_path: Path) -> None:
    output = tmp_path / "out"
    with StagedTree(output) as staged:
        staged.put(MANIFEST, b"{}\n")
        staged.put("pkg/a.py", b"a = 1\n")
        assert not output.exists()  # nothing visible until the block ends
    assert tree(output) == {MANIFEST: b"{}\n", "pkg/a.py": b"a = 1\n"}
    with StagedTree(output) as staged:
        staged.put(MANIFEST, b"{}\n")
        staged.put("pkg/b.py", b"b = 2\n")
        assert tree(output) == {MANIFEST: b"{}\n", "pkg/a.py": b"a = 1\n"}
    assert tree(output) == {MANIFEST: b"{}\n", "pkg/b.py": b"b = 2\n"}
    assert leftovers(output) == []
