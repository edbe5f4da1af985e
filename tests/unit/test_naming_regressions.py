"""Issue 10's naming and import defects, each replayed from a fixture spec.

Every fixture under tests/fixtures/specs/regressions/ generates a package that must compile, be
ruff (pyflakes) clean and `mypy --strict` clean, plus the specific behaviour the defect broke.
The templates are also checked: they print names, they never compose them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.config import adhoc_target
from generator.pipeline import generate

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "specs" / "regressions"
SPECS = {
    "basic_and_basic_username": "creds_client",
    "async_tag": "tags_client",
    "import_text_decoys": "decoys_client",
    "schema_named_call": "calls_client",
}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    root = tmp_path_factory.mktemp("regressions")
    out: dict[str, Path] = {}
    for spec, package in SPECS.items():
        target = adhoc_target(FIXTURES / f"{spec}.yaml", package, root / package)
        generate(target)
        out[spec] = root / package
    sys.path[:0] = [str(p) for p in out.values()]
    try:
        yield out
    finally:
        for p in out.values():
            sys.path.remove(str(p))
        for name in list(sys.modules):
            if name.split(".")[0] in SPECS.values():
                del sys.modules[name]


def _source(outputs: dict[str, Path], spec: str, rel: str) -> str:
    return (outputs[spec] / SPECS[spec] / rel).read_text(encoding="utf-8")


def test_every_fixture_compiles_and_is_pyflakes_clean(outputs: dict[str, Path]) -> None:
    for spec, root in outputs.items():
        for path in root.rglob("*.py"):
            compile(path.read_bytes(), str(path), "exec")
        res = subprocess.run(
            [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--select", "F",
             "--output-format", "concise", str(root)],
            capture_output=True, text=True, timeout=120, check=False,
        )
        assert res.returncode == 0, f"{spec}:\n{res.stdout}{res.stderr}"


def test_every_fixture_is_mypy_strict_clean(outputs: dict[str, Path], tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    packages = [str(root / SPECS[spec]) for spec, root in outputs.items()]
    res = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", str(config), "--cache-dir",
         str(tmp_path / "cache"), "--show-error-codes", *packages],
        capture_output=True, text=True, timeout=600, check=False, cwd=tmp_path,
    )
    assert res.returncode == 0, res.stdout + res.stderr


def test_basic_credential_and_an_api_key_named_like_its_argument(outputs: dict[str, Path]) -> None:
    source = _source(outputs, "basic_and_basic_username", "configuration.py")
    assert "basic_username: str | None = None" in source
    assert "basic_password: str | None = None" in source
    assert "basic_username_2: str | None = None" in source  # the api key scheme's argument
    from creds_client import Client

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    with Client(basic_username_2="k-1", http_client=httpx.Client(transport=httpx.MockTransport(handler))) as c:
        c.things.list_things()
    with Client(basic_username="ann", basic_password="pw",
                http_client=httpx.Client(transport=httpx.MockTransport(handler))) as c:
        c.things.list_things()
    assert seen[0].headers["X-User"] == "k-1" and "Authorization" not in seen[0].headers
    assert seen[1].headers["Authorization"] == "Basic YW5uOnB3"


def test_tag_named_like_an_async_twin(outputs: dict[str, Path]) -> None:
    import tags_client.api as api

    names = sorted(api.__all__)
    assert len(names) == len(set(names)) == 4
    assert names == ["AsyncAsyncFooApi", "AsyncFooApi", "AsyncFooApi2", "FooApi2"]
    from tags_client import Client

    client = Client()
    assert type(client.foo).__name__ == "FooApi2"
    assert type(client.async_foo).__name__ == "AsyncFooApi"
    client.close()


def test_imports_come_from_what_is_printed(outputs: dict[str, Path]) -> None:
    decoy = _source(outputs, "import_text_decoys", "models/literally_union_anything.py")
    assert "import datetime" not in decoy and "Field" not in decoy.split("__all__")[0]
    derived = _source(outputs, "import_text_decoys", "models/derived.py")
    assert "Stamp" not in derived  # printed only by the base class's module
    assert "from .stamp import Stamp" in _source(outputs, "import_text_decoys", "models/base.py")


def test_schema_named_like_a_runtime_name(outputs: dict[str, Path]) -> None:
    from calls_client.models import CallModel, StreamModel

    assert CallModel.model_validate({"id": "c1"}).id == "c1"
    assert StreamModel.model_validate({"name": "s"}).name == "s"
    module = _source(outputs, "schema_named_call", "api/calls_api.py")
    assert "from ..api_client import" in module and "Call," in module
    assert "from ..models.call_model import CallModel" in module


_COMPOSED = re.compile(r"[A-Za-z0-9_]\{\{-? *([^}]*?) *-?\}\}|\{\{-? *([^}]*?) *-?\}\}[A-Za-z0-9_]")
# expressions that print keywords or prose next to an identifier, not a part of a name
_NOT_NAMES = {"f.await_kw", "f.doc_suffix"}


def test_templates_compose_no_names() -> None:
    offenders = []
    for path in sorted((REPO / "templates").rglob("*.py.jinja")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in _COMPOSED.finditer(line):
                expr = match.group(1) or match.group(2)
                if expr not in _NOT_NAMES:
                    offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
            if re.search(r"\|\s*upper|\s~\s", line):
                offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert not offenders, "templates build names:\n" + "\n".join(offenders)
