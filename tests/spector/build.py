"""The Spector inputs, built once and cached: OpenAPI documents, mock API data, generated clients.

`prepared()` runs tests/spector/prepare.mjs (one node process compiles the 60 TypeSpec specs of
@typespec/http-specs to OpenAPI 3.0 and 3.1 and dumps the mock APIs) into
build/spector/<versions>/, where <versions> names the pinned npm packages, so a new pin rebuilds
and an unchanged one costs nothing. `client(spec, version)` generates an oagen client for one
compiled document (generate() is a no-op when its inputs are unchanged) and imports it.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[2]
TOOLS = REPO / "tools"
NODE_MODULES = TOOLS / "node_modules" / "@typespec"
PACKAGES = ("compiler", "http", "http-specs", "openapi", "openapi3", "rest", "spector", "versioning", "xml")
VERSIONS = {"3.0": "3.0.0", "3.1": "3.1.0"}


def missing_reason() -> str | None:
    if not (NODE_MODULES / "http-specs" / "specs").is_dir():
        return f"{NODE_MODULES / 'http-specs'} missing (run `make tools`)"
    return None


def package_versions() -> dict[str, str]:
    return {name: json.loads((NODE_MODULES / name / "package.json").read_text())["version"] for name in PACKAGES}


def build_dir() -> Path:
    versions = package_versions()
    key = hashlib.sha256(json.dumps(versions, sort_keys=True).encode()).hexdigest()[:12]
    key += "-" + hashlib.sha256((REPO / "tests" / "spector" / "prepare.mjs").read_bytes()).hexdigest()[:8]
    return REPO / "build" / "spector" / f"http-specs-{versions['http-specs']}-{key}"


@dataclass(frozen=True)
class Prepared:
    root: Path
    compile: dict[str, dict[str, Any]]  # spec -> {"ok", "errors"}
    scenarios: dict[str, dict[str, Any]]  # scenario -> {"spec", "pass", "code", "apis"}

    def document(self, spec: str, version: str, uri: str = "") -> Path:
        """The compiled document of `spec` for OpenAPI `version` ("3.0"/"3.1"). Versioned
        services emit one per API version (openapi.<api-version>.json): the one whose API
        version the scenario's `uri` names (`.../api-version:v2/...`), else the last one."""
        docs = sorted((self.root / "openapi" / spec / VERSIONS[version]).glob("openapi*.json"))
        if not docs:
            raise FileNotFoundError(f"no OpenAPI {version} document for {spec}")
        segments = set(re.split(r"[/:]", uri.replace("\\:", ":")))
        named = [d for d in docs if d.stem.count(".") == 1 and d.stem.split(".")[1] in segments]
        return named[0] if len(named) == 1 else docs[-1]


@cache
def prepared() -> Prepared:
    root = build_dir()
    if not (root / "scenarios.json").is_file():
        subprocess.run(["node", str(REPO / "tests" / "spector" / "prepare.mjs"), str(TOOLS), str(root)],
                       check=True, cwd=REPO, capture_output=True, text=True)
    return Prepared(root, json.loads((root / "compile.json").read_text()),
                    json.loads((root / "scenarios.json").read_text()))


def package_name(spec: str, version: str) -> str:
    return f"s{version.replace('.', '')}_" + re.sub(r"\W+", "_", spec).strip("_").lower()


@dataclass(frozen=True)
class GeneratedClient:
    module: ModuleType
    surface: dict[str, Any]  # .oagen-surface.json: operations by "METHOD /path"
    document: dict[str, Any]  # the OpenAPI document


@cache
def client(spec: str, version: str, uri: str = "") -> GeneratedClient:
    from generator.config import adhoc_target
    from generator.pipeline import generate

    p = prepared()
    doc = p.document(spec, version, uri)
    lane = p.root / "clients" / version.replace(".", "")
    package = package_name(spec, version)
    if doc.stem != "openapi":  # one package per API version of a versioned service
        package += "_" + re.sub(r"\W+", "_", doc.stem.split(".", 1)[1]).lower()
    generate(adhoc_target(doc, package, lane / package))
    if str(lane / package) not in sys.path:
        sys.path.insert(0, str(lane / package))
    module = importlib.import_module(package)
    surface = json.loads((lane / package / ".oagen-surface.json").read_text())
    return GeneratedClient(module, surface, json.loads(doc.read_text()))
