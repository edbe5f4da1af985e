"""Api (IR) → the file plan: which template renders which file with which context.

The views (generator/python/) decide every name, annotation and import; this module only says
which template prints which view into which file.  The plan is deterministic.

Building the views of a large spec's models and API groups costs more than rendering them, so
those contexts are not built here but where each file is rendered (a forked worker, see
render/parallel.py), once per process: the files that share a view (a model module and its
docs pages, a group's module and its page) are planned next to each other, so the same worker
renders them.  The plan is in that work order; the output is sorted by path afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from generator import runtime
from generator.ir import model as m
from generator.naming import Namespace
from generator.python.code import import_groups
from generator.python.docs import MODELS_INDEX, OPERATIONS_INDEX, docs_view
from generator.python.examples import Examples
from generator.python.groups import SubGroup, group_view, sub_groups
from generator.python.models import module_view
from generator.python.package import client_view, model_exports
from generator.python.params import ParamTypes, param_names
from generator.python.project import ProjectInfo
from generator.python.showcase import showcase
from generator.python.types import Annotations
from generator.python.wiretests import wire_test_module_view, wire_test_settings

Context = Mapping[str, Any]


@dataclass(frozen=True)
class FilePlan:
    template: str
    path: str  # relative to the output directory, '/'-separated
    # the template's variables, or a function computing them where the file is rendered
    context: Context | Callable[[], Context] = field(default_factory=dict)
    python: bool = True
    black_stable: bool = False  # laid out as black would: formatting may skip it
    stable_if: str | None = None  # ...or when this context variable is true (the view decides)
    relayout: bool = False  # long lines are laid out by python/layout.py (then black may skip it)
    copy: Path | None = None  # a runtime module copied verbatim (``template`` is not rendered)

    def values(self) -> Context:
        return self.context() if callable(self.context) else self.context


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
        group_context = _group_context(base, group, api, types, examples, params, parts.get(group.module, ()))
        files.append(FilePlan("client/api/group.py.jinja", f"{pkg}/api/{group.module}.py", group_context,
                              relayout=True))
        files.append(FilePlan("docs/group.md.jinja", f"docs/{group.class_name}.md", group_context, python=False))
        if wire_tests and group_context()["ops"]:
            wt = wire_test_module_view(api, group_context()["group_view"])
            files.append(FilePlan("tests/test_group.py.jinja", wt.path, {**base, "module": wt}, relayout=True))
    for mod in api.modules:
        module_context = cache(lambda mod=mod: {**base, **module_view(mod, types, params)})
        files.append(FilePlan("client/models/module.py.jinja", f"{pkg}/models/{mod.name}.py", module_context,
                              stable_if="laid_out"))
        for index, d in enumerate(mod.definitions):
            files.append(FilePlan("docs/model.md.jinja", f"docs/models/{doc_files[d.name]}",
                                  _doc_context(base, module_context, index, mod), python=False))
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
    return files


def _group_context(base: Context, group: m.Group, api: m.Api, types: Annotations, examples: Examples,
                   params: ParamTypes, parts: tuple[SubGroup, ...]) -> Callable[[], Context]:
    @cache
    def context() -> Context:
        gv = group_view(group, api, types, examples, params, parts)
        return {**base, "group": group, "group_view": gv, "ops": gv.ops, "classes": gv.classes, "parts": gv.parts,
                "exports": gv.exports, "import_groups": import_groups(gv.imports, gv.module)}

    return context


def _doc_context(base: Context, module_context: Callable[[], Context], index: int,
                 mod: m.Module) -> Callable[[], Context]:
    """A model's docs page: the view of the ``index``-th definition of its module."""
    return lambda: {**base, "view": module_context()["views"][index], "module": mod}


