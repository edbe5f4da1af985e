"""The spec-change workflow: regeneration reports API changes, hand-written files survive
(.oagenignore), and a target's template directory overrides built-in templates."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
GATEWAY = REPO / "specs" / "ai-stats-gateway.openapi.yaml"


def oagen(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300, env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})


def project(tmp_path: Path, spec: dict[str, Any], **extra: str) -> Path:
    (tmp_path / "api.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    lines = ['[tool.oagen.targets.gw]', 'spec = "api.yaml"', 'package = "gw_client"', 'output = "out"',
             'api_key_env = "GW_KEY"']
    lines += [f'{k} = "{v}"' for k, v in extra.items()]
    (tmp_path / "pyproject.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def gateway() -> dict[str, Any]:
    return yaml.safe_load(GATEWAY.read_text(encoding="utf-8"))


def test_regeneration_reports_api_changes_and_a_version_bump(tmp_path: Path) -> None:
    spec = gateway()
    proj = project(tmp_path, spec)
    first = oagen(proj, "generate")
    assert first.returncode == 0, first.stderr
    assert "API changes" not in first.stdout  # nothing to compare with yet
    assert (proj / "out" / ".oagen-surface.json").is_file()

    same = oagen(proj, "generate")
    assert "up to date (inputs unchanged" in same.stdout
    spec["info"]["description"] = "Reworded, same API."
    (proj / "api.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    reworded = oagen(proj, "generate")
    assert "API unchanged since the last generation" in reworded.stdout

    edited = copy.deepcopy(spec)  # from the reworded spec: only the API edits below differ
    props = edited["components"]["schemas"]["ChatCompletionsRequest"]["properties"]
    props["verbosity"] = {"type": "string"}  # optional request field: not breaking
    del edited["components"]["schemas"]["Usage"]["properties"]["total_tokens"]  # removed response field: breaking
    (proj / "api.yaml").write_text(yaml.safe_dump(edited, sort_keys=False), encoding="utf-8")
    second = oagen(proj, "generate")
    assert second.returncode == 0, second.stderr
    out = second.stdout
    assert "API changes since the last generation: 2 (1 breaking); suggested version bump: major" in out
    assert "total_tokens" in out and "verbosity" in out


def test_oagenignore_keeps_hand_written_files(tmp_path: Path) -> None:
    proj = project(tmp_path, gateway())
    assert oagen(proj, "generate").returncode == 0
    out = proj / "out"
    (out / ".oagenignore").write_text("# mine\ngw_client/helpers.py\nREADME.md\nnotes/\n", encoding="utf-8")
    (out / "gw_client" / "helpers.py").write_text("def hello() -> str:\n    return 'hi'\n", encoding="utf-8")
    (out / "README.md").write_text("my own readme\n", encoding="utf-8")
    (out / "notes").mkdir()
    (out / "notes" / "todo.txt").write_text("keep me\n", encoding="utf-8")
    res = oagen(proj, "generate")
    assert res.returncode == 0, res.stderr
    assert (out / "gw_client" / "helpers.py").read_text(encoding="utf-8").startswith("def hello")
    assert (out / "README.md").read_text(encoding="utf-8") == "my own readme\n"
    assert (out / "notes" / "todo.txt").read_text(encoding="utf-8") == "keep me\n"
    assert (out / ".oagenignore").is_file()
    check = oagen(proj, "check")
    assert check.returncode == 0, check.stdout + check.stderr  # ignored paths are not drift
    # the hand-written helper imports next to generated code
    probe = subprocess.run([sys.executable, "-c", "from gw_client.helpers import hello; import gw_client; print(hello())"],
                           cwd=out, capture_output=True, text=True, timeout=60)
    assert probe.stdout.strip() == "hi", probe.stderr


def test_template_override_adds_a_header_to_every_request(tmp_path: Path) -> None:
    templates = tmp_path / "my_templates" / "client"
    templates.mkdir(parents=True)
    (templates / "configuration.py.jinja").write_text(
        '{% extends "builtin/client/configuration.py.jinja" %}\n'
        "{% block default_headers %}\n"
        '            "X-Team": "platform",\n'
        "{% endblock %}\n",
        encoding="utf-8",
    )
    proj = project(tmp_path, gateway(), templates="my_templates")
    res = oagen(proj, "generate")
    assert res.returncode == 0, res.stderr
    config = (proj / "out" / "gw_client" / "configuration.py").read_text(encoding="utf-8")
    assert '"X-Team": "platform",' in config
    probe = (
        "import httpx, gw_client\n"
        "seen = []\n"
        "def handler(request):\n"
        "    seen.append(dict(request.headers))\n"
        "    return httpx.Response(200, json={'status': 'ok'})\n"
        "client = gw_client.Client(api_key='k', base_url='http://127.0.0.1:9',"
        " http_client=httpx.Client(transport=httpx.MockTransport(handler)))\n"
        "client.healthz.healthz()\n"
        "print(seen[0]['x-team'])\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], cwd=proj / "out", capture_output=True, text=True, timeout=60)
    assert run.stdout.strip() == "platform", run.stderr
    # without the override the header is absent
    (tmp_path / "plain").mkdir()
    plain = project(tmp_path / "plain", gateway())
    assert oagen(plain, "generate").returncode == 0
    assert "X-Team" not in (plain / "out" / "gw_client" / "configuration.py").read_text(encoding="utf-8")


def test_manifest_records_spec_and_versions(tmp_path: Path) -> None:
    proj = project(tmp_path, gateway())
    assert oagen(proj, "generate").returncode == 0
    manifest = json.loads((proj / "out" / ".oagen-manifest.json").read_text(encoding="utf-8"))
    assert manifest["generator"] == "oagen"
    assert len(manifest["spec_sha256"]) == 64
    assert manifest["operations"] == 20
    assert "gw_client/__init__.py" in manifest["files"]


def test_noop_check_and_generate_take_the_manifest_fast_path(tmp_path: Path) -> None:
    spec = gateway()
    proj = project(tmp_path, spec)
    assert oagen(proj, "generate").returncode == 0
    quick = oagen(proj, "check")
    assert quick.returncode == 0 and "inputs unchanged, files match the manifest" in quick.stdout
    again = oagen(proj, "generate")
    assert "inputs unchanged" in again.stdout
    # an edited output file is drift, found without trusting the manifest blindly
    target = proj / "out" / "gw_client" / "configuration.py"
    target.write_text(target.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    drift = oagen(proj, "check")
    assert drift.returncode == 1 and "changed  gw_client/configuration.py" in drift.stdout
    assert oagen(proj, "generate").returncode == 0
    # a changed spec is never taken for unchanged: the full comparison runs and reports drift
    spec["info"]["description"] = "A new description."
    (proj / "api.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    changed = oagen(proj, "check")
    assert changed.returncode == 1 and "README.md" in changed.stdout
    full = oagen(proj, "check", "--full")
    assert full.returncode == 1


def test_verbose_explains_renames_and_quiet_is_quiet(tmp_path: Path) -> None:
    proj = project(tmp_path, gateway())
    verbose = oagen(proj, "-v", "generate")
    assert verbose.returncode == 0, verbose.stderr
    assert "info[renamed]" in verbose.stderr and "'schema' is attribute 'schema_'" in verbose.stderr
    (proj / "out" / "README.md").unlink()  # force a regeneration
    quiet = oagen(proj, "-q", "generate")
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""
