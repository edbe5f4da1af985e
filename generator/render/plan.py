"""Api (IR) → the file plan: which template renders which file with which context.

The views (generator/python/) decide every name, annotation and import; this module only says
which template prints which view into which file.  Everything is sorted, so the plan is
deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import runtime
from generator.ir import model as m
from generator.naming import Namespace
from generator.python.code import import_groups
from generator.python.docs import MODELS_INDEX, OPERATIONS_INDEX, docs_view
from generator.python.examples import Examples
from generator.python.groups import group_view, sub_groups
from generator.python.models import module_view
from generator.python.package import client_view, model_exports
from generator.python.params import ParamTypes, param_names
from generator.python.project import ProjectInfo
from generator.python.showcase import showcase
from generator.python.types import Annotations
from generator.python.wiretests import wire_test_module_view, wire_test_settings


@dataclass(frozen=True)
class FilePlan:
    template: str
    path: str  # relative to the output directory, '/'-separated
    context: dict[str, Any] = field(default_factory=dict)
    python: bool = True
    black_stable: bool = False  # laid out as black would: formatting may skip it
    relayout: bool = False  # long lines are laid out by python/layout.py (then black may skip it)
    copy: Path | None = None  # a runtime module copied verbatim (``template`` is not rendered)


def model_doc_files(api: m.Api) -> dict[str, str]:
    """Markdown file per definition; unique even on case-insensitive file systems."""
    names = Namespace(casefold=True)
    return {d.name: names.claim(d.name, sep="_") + ".md" for d in api.definitions}


def plan_files(api: m.Api, project: ProjectInfo | None = None, *, wire_tests: bool = False) -> list[FilePlan]:
    """Every file of the output; ``wire_tests`` adds the tests/ folder (one module per group)."""
    pkg = api.package
    module_of = api.module_of()
    types = Annotations(module_of)
    params = ParamTypes(types, param_names(api), {d.name: d for d in api.definitions})
    doc_files = model_doc_files(api)
    examples = Examples({d.name: d for d in api.definitions}, project.examples if project else None)
    client = client_view(api)
    docs = docs_view(api, client, doc_files, examples)
    base: dict[str, Any] = {"api": api, "doc_files": doc_files, "showcase": showcase(api, examples, params),
                            "client": client, "docs": docs, "project": project,
                            "models_index": MODELS_INDEX, "operations_index": OPERATIONS_INDEX,
                            "model_exports": model_exports(api, params.names),
                            "wire": wire_test_settings(api, docs.credentials) if wire_tests else None}
    files: list[FilePlan] = []
    static = ["__init__.py", "_version.py", "_settings.py", "configuration.py", "_client.py",
              "api/__init__.py", "models/__init__.py"]
    for name in runtime.MODULES:  # plain Python, black-formatted in the source tree
        if name == "_webhooks.py" and not api.webhook_secret_env:
            continue  # only `client.webhooks` imports it: not shipped where nothing would
        files.append(FilePlan("", f"{pkg}/{name}", black_stable=True, copy=runtime.RUNTIME_DIR / name))
    for name in static:
        # the runtime templates are written in black's style; relayout handles the long lines
        # a substituted name can make
        files.append(FilePlan(f"client/{name}.jinja", f"{pkg}/{name}", base, relayout=True))
    files.append(FilePlan("client/py.typed.jinja", f"{pkg}/py.typed", base, python=False))
    parts = sub_groups(api)
    for group in api.groups:
        gv = group_view(group, api, types, examples, params, parts.get(group.module, ()))
        ctx = {**base, "group": group, "ops": gv.ops, "classes": gv.classes, "parts": gv.parts,
               "exports": gv.exports, "import_groups": import_groups(gv.imports, gv.module),
               "group_view": gv}
        files.append(FilePlan("client/api/group.py.jinja", f"{pkg}/api/{group.module}.py", ctx,
                              relayout=True))
        files.append(FilePlan("docs/group.md.jinja", f"docs/{group.class_name}.md", ctx, python=False))
        if wire_tests and gv.ops:
            wt = wire_test_module_view(api, gv)
            files.append(FilePlan("tests/test_group.py.jinja", wt.path, {**base, "module": wt}, relayout=True))
    for mod in api.modules:
        ctx = {**base, **module_view(mod, types, params)}
        files.append(FilePlan("client/models/module.py.jinja", f"{pkg}/models/{mod.name}.py", ctx,
                              black_stable=bool(ctx["laid_out"])))
        for view in ctx["views"]:
            files.append(FilePlan("docs/model.md.jinja", f"docs/models/{doc_files[view.d.name]}",
                                  {**base, "view": view, "module": mod}, python=False))
    if api.webhook_event is not None or api.webhook_secret_env:
        event = api.webhook_event
        ctx = {**base, "event": event, "event_module": module_of[event.name] if event else None}
        files.append(FilePlan("client/webhooks.py.jinja", f"{pkg}/webhooks.py", ctx, relayout=True))
    if docs.models_index:
        files.append(FilePlan("docs/models_index.md.jinja", f"docs/{MODELS_INDEX}", base, python=False))
    if docs.operations_index:
        files.append(FilePlan("docs/operations_index.md.jinja", f"docs/{OPERATIONS_INDEX}", base,
                              python=False))
    if wire_tests:
        files.append(FilePlan("tests/conftest.py.jinja", "tests/conftest.py", base, relayout=True))
    files.append(FilePlan("project/pyproject.toml.jinja", "pyproject.toml", base, python=False))
    files.append(FilePlan("project/README.md.jinja", "README.md", base, python=False))
    return sorted(files, key=lambda f: f.path)


