"""Api (IR) → the file plan: which template renders which file with which context.

Views here are the last place decisions are made (signatures, call arguments, imports); templates
print them.  Everything is sorted, so the plan is deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import runtime
from generator.ir import model as m
from generator.ir.naming import Namespace
from generator.render import layout
from generator.render.calls import accept_header, call_arguments, response_map
from generator.render.environment import pyrepr
from generator.render.examples import Examples

OPTION_PARAMS = (
    "extra_headers: Mapping[str, str] | None = None",
    "extra_query: Mapping[str, Any] | None = None",
    "extra_body: Mapping[str, Any] | None = None",
    "timeout: float | httpx.Timeout | None = None",
    "max_retries: int | None = None",
)
OPTION_ARGS = "extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout, max_retries=max_retries"


@dataclass(frozen=True)
class FilePlan:
    template: str
    path: str  # relative to the output directory, '/'-separated
    context: dict[str, Any] = field(default_factory=dict)
    python: bool = True
    black_stable: bool = False  # laid out as black would: formatting may skip it
    relayout: bool = False  # long lines are laid out by render/layout.py (then black may skip it)
    copy: Path | None = None  # a runtime module copied verbatim (``template`` is not rendered)


@dataclass(frozen=True)
class ParamView:
    name: str
    annotation: str
    default: str | None  # None: required
    wire: str
    location: str
    description: str
    type_doc: str
    required: bool

    @property
    def signature(self) -> str:
        if self.default is None:
            return f"{self.name}: {self.annotation}"
        return f"{self.name}: {self.annotation} = {self.default}"


@dataclass(frozen=True)
class OperationView:
    op: m.Operation
    name: str
    builder: str  # module-level function building the Call
    positional: tuple[ParamView, ...]
    keyword: tuple[ParamView, ...]
    call_lines: tuple[str, ...]  # keyword arguments of Call(...)
    return_py: str
    return_doc: str
    response_map: str  # python literal of {status: (kind, type)}
    stream_event: str | None
    stream_flag: bool
    stream_done: bool
    page_item: str | None
    page: m.Pagination | None
    binary: bool
    doc: str
    summary: str
    accept: str
    content_type: str | None
    auth: tuple[str, ...]
    example_args: str

    @property
    def params(self) -> tuple[ParamView, ...]:
        return self.positional + self.keyword

    @property
    def signature(self) -> list[str]:
        out = [p.signature for p in self.positional]
        out.append("*")
        out.extend(p.signature for p in self.keyword)
        out.extend(OPTION_PARAMS)
        return out

    @property
    def arg_pass(self) -> str:
        names = [f"{p.name}={p.name}" for p in self.params]
        return ", ".join([*names, OPTION_ARGS])

    @property
    def builder_args(self) -> str:
        return ", ".join(f"{p.name}={p.name}" for p in self.params)

    @property
    def builder_signature(self) -> list[str]:
        return [f"{p.name}: {p.annotation}" for p in self.params]

    @property
    def page_args(self) -> str:
        """Arguments for the page fetcher: the cursor replaced by the fetched cursor."""
        assert self.page is not None
        names = [f"{p.name}={'cursor' if p.name == self.page.cursor_param else p.name}" for p in self.params]
        return ", ".join([*names, OPTION_ARGS])


def type_doc(t: m.TypeRef | None) -> str:
    return "None" if t is None else t.py()


def operation_view(op: m.Operation, schemes: dict[str, m.SecurityScheme], example_args: str = "") -> OperationView:
    positional: list[ParamView] = []
    keyword: list[ParamView] = []
    for p in op.params:
        view = ParamView(p.name, p.annotation, None if p.required else "None", p.wire, p.location,
                         p.description, p.type.py(), p.required)
        (positional if p.location == "path" else keyword).append(view)
    body = op.body
    if body is not None:
        if body.kind == "json":
            view = ParamView(body.param, body.annotation, None if body.required else "None", "",
                             "body", body.description, body.type.py(), body.required)
            positional.append(view) if body.required else keyword.insert(0, view)
        elif body.kind in ("multipart", "form"):
            for f in body.fields:
                ann = f.type.py() if f.required else f"{f.type.py()} | None"
                keyword.append(ParamView(f.name, ann, None if f.required else "None", f.wire,
                                         "form", f.description, f.type.py(), f.required))
        else:
            ann = "str" if body.kind == "text" else "bytes | IO[bytes]"
            view = ParamView(body.param, ann if body.required else f"{ann} | None",
                             None if body.required else "None", "", "body", body.description, ann,
                             body.required)
            positional.append(view) if body.required else keyword.insert(0, view)
    # keyword-only required arguments first reads better; Python allows any order after '*'
    keyword.sort(key=lambda v: not v.required)
    primary = op.primary_response
    accept = accept_header(op)
    call = call_arguments(op)
    return_py = primary.py if primary else "None"
    stream_event = op.stream.event_type.py() if op.stream else None
    page_item = op.pagination.item_type.py() if op.pagination else None
    auth = tuple(dict.fromkeys(s for alt in op.security for s in alt if s in schemes))
    return OperationView(
        op=op,
        name=op.name,
        builder=f"_{op.name}_call",
        positional=tuple(positional),
        keyword=tuple(keyword),
        call_lines=tuple(call),
        return_py=return_py,
        return_doc=return_py,
        response_map=response_map(op),
        stream_event=stream_event,
        stream_flag=bool(op.stream and op.stream.sets_stream_flag),
        stream_done=bool(op.stream and op.stream.ends_with_done),
        page_item=page_item,
        page=op.pagination,
        binary=bool(primary and primary.kind == "binary"),
        doc=op.description or op.summary,
        summary=op.summary or op.description.split("\n", 1)[0],
        accept=accept or "application/json",
        content_type=body.content_type if body else None,
        auth=auth,
        example_args=example_args,
    )


# ---------------------------------------------------------------------------- models


@dataclass(frozen=True)
class FieldView:
    lines: tuple[str, ...]  # "name: annotation = default", laid out as black would
    doc: str
    laid_out: bool  # False: layout unsure, the module goes through black


def _statement(lines: list[str] | None, flat: str) -> tuple[tuple[str, ...], bool]:
    return (tuple(lines), True) if lines is not None else ((flat,), False)


def field_view(f: m.Field) -> FieldView:
    ann = f.annotation
    alias = f", validation_alias={pyrepr(f.wire)}, serialization_alias={pyrepr(f.wire)}" if f.needs_alias else ""
    if f.required:  # nullable or not, it must be present
        default = f"Field({alias[2:]})" if alias else None
    else:
        default = f"Field(default=None{alias})" if alias else "None"
    doc = f.description
    if f.default is not None:
        doc = (doc + "\n\n" if doc else "") + f"Server default: ``{f.default}``."
    if f.deprecated:
        doc = (doc + "\n\n" if doc else "") + "Deprecated."
    flat = f"    {f.name}: {ann}" + (f" = {default}" if default is not None else "")
    lines, ok = _statement(layout.field(f.name, ann, default), flat)
    return FieldView(lines, doc, ok)


@dataclass(frozen=True)
class DefinitionView:
    d: m.Definition
    kind: str
    header: str  # class line
    fields: tuple[FieldView, ...] = ()
    alias_value: str = ""
    doc: str = ""
    lines: tuple[str, ...] = ()  # the alias statement, laid out
    laid_out: bool = True


def definition_view(d: m.Definition) -> DefinitionView:
    if isinstance(d, m.Model):
        bases = ", ".join(d.bases) or "OagenModel"
        fields = tuple(field_view(f) for f in d.own_fields)
        if d.extra is not None:
            extra = f"dict[str, {d.extra.py()}]"
            flat = f"    __pydantic_extra__: {extra} = Field(init=False)"
            lines, ok = _statement(layout.field("__pydantic_extra__", extra, "Field(init=False)"), flat)
            fields = (*fields, FieldView(lines, "Additional properties.", ok))
        header = "\n".join(layout.class_header(d.name, bases))
        return DefinitionView(d, "model", header, fields, doc=d.description,
                              laid_out=all(f.laid_out for f in fields))
    if isinstance(d, m.Enum):
        value = d.literal
        kind = "enum"
    elif isinstance(d, m.Union):
        kind = "union"
        if d.discriminator:
            members = ", ".join(f"Annotated[{ann}, Tag({pyrepr(label)})]" for label, ann in d.choices)
            members += ', Annotated[UnknownVariant, Tag("UnknownVariant")]'
            default = f", default={pyrepr(d.default)}" if d.default else ""
            value = (f"Annotated[Union[{members}], tagged({pyrepr(d.discriminator)}, "
                     f"{pyrepr(d.tag_map)}{default})]")
            if d.nullable:
                value += " | None"
        else:
            value = m.UnionOf(tuple(v.type for v in d.variants) + ((m.NONE,) if d.nullable else ())).py()
    else:
        kind, value = "alias", d.target.py()
    lines, ok = _statement(layout.alias(d.name, value), f"{d.name}: TypeAlias = {value}")
    return DefinitionView(d, kind, d.name, alias_value=value, doc=d.description, lines=lines, laid_out=ok)


def module_view(mod: m.Module) -> dict[str, Any]:
    views = [definition_view(d) for d in mod.definitions]
    text = " ".join(v.alias_value + " ".join(line for f in v.fields for line in f.lines) for v in views)
    typing_names = sorted(
        n for n in ("Annotated", "Any", "Literal", "TypeAlias", "Union") if n + "[" in text or n in text
    )
    if any(v.kind != "model" for v in views):
        typing_names = sorted(set(typing_names) | {"TypeAlias"})
    runtime = []
    if any(v.kind == "model" and v.d.bases == () for v in views if isinstance(v.d, m.Model)):
        runtime.append("OagenModel")
    if "UnknownVariant" in text:
        runtime.append("UnknownVariant")
    if "tagged(" in text:
        runtime.append("tagged")
    pyd = sorted(n for n in ("Field", "Tag") if f"{n}(" in text)
    third_party = layout.import_lines("pydantic", pyd) if pyd else []
    local: list[str] = []
    if runtime:
        local += layout.import_lines(".._models", runtime)
    for other, names in mod.imports:
        local += layout.import_lines(f".{other}", list(names))
    stdlib = (["import datetime"] if "datetime." in text else []) + (
        layout.import_lines("typing", typing_names) if typing_names else [])
    all_lines = layout.list_assignment("__all__", [pyrepr(v.d.name) for v in views])
    return {
        "module": mod,
        "views": views,
        "import_groups": [g for g in (stdlib, third_party, local) if g],
        "all_lines": all_lines or [f"__all__ = [{', '.join(pyrepr(v.d.name) for v in views)}]"],
        "laid_out": all_lines is not None and all(v.laid_out for v in views),
    }


# ---------------------------------------------------------------------------- groups


def group_view(group: m.Group, api: m.Api, module_of: dict[str, str], examples: Examples) -> dict[str, Any]:
    schemes = {s.key: s for s in api.security_schemes}
    ops = [operation_view(op, schemes, examples.arguments(op)) for op in group.operations]
    names: set[str] = set()
    text_parts: list[str] = []
    for op in group.operations:
        for p in op.params:
            names |= p.type.names()
        if op.body:
            names |= op.body.type.names()
            for f in op.body.fields:
                names |= f.type.names()
        for r in op.responses:
            if r.type is not None:
                names |= r.type.names()
        if op.stream:
            names |= op.stream.event_type.names()
        if op.pagination:
            names |= op.pagination.item_type.names()
    for v in ops:
        text_parts.extend(v.signature)
        text_parts.extend(v.call_lines)
        text_parts.append(v.return_py)
        text_parts.append(v.stream_event or "")
    text = " ".join(text_parts)
    imports: dict[str, list[str]] = {}
    for n in sorted(names):
        imports.setdefault(module_of[n], []).append(n)
    return {
        "group": group,
        "ops": ops,
        "model_imports": sorted(imports.items()),
        "needs_datetime": "datetime." in text,
        "typing_names": sorted(n for n in ("IO", "Literal") if f"{n}[" in text),
        "needs_stream": any(v.stream_event for v in ops),
        "needs_page": any(v.page for v in ops),
        "needs_json_body": "json_body(" in text,
        "needs_jsonable": "to_jsonable(" in text,
        "needs_files": "FileTypes" in text,
        "needs_path": any(v.binary for v in ops),
    }


def model_doc_files(api: m.Api) -> dict[str, str]:
    """Markdown file per definition; unique even on case-insensitive file systems."""
    names = Namespace(casefold=True)
    return {d.name: names.claim(d.name, sep="_") + ".md" for d in api.definitions}


def plan_files(api: m.Api) -> list[FilePlan]:
    pkg = api.package
    module_of = api.module_of()
    doc_files = model_doc_files(api)
    examples = Examples({d.name: d for d in api.definitions})
    base = {"api": api, "doc_files": doc_files, "showcase": showcase(api, examples)}
    files: list[FilePlan] = []
    static = ["__init__.py", "_version.py", "_settings.py", "configuration.py", "_client.py",
              "api/__init__.py", "models/__init__.py"]
    for name in runtime.MODULES:  # plain Python, black-formatted in the source tree
        files.append(FilePlan("", f"{pkg}/{name}", black_stable=True, copy=runtime.RUNTIME_DIR / name))
    for name in static:
        # the runtime templates are written in black's style; relayout handles the long lines
        # a substituted name can make
        files.append(FilePlan(f"client/{name}.jinja", f"{pkg}/{name}", base, relayout=True))
    files.append(FilePlan("client/py.typed.jinja", f"{pkg}/py.typed", base, python=False))
    for group in api.groups:
        ctx = {**base, **group_view(group, api, module_of, examples)}
        files.append(FilePlan("client/api/group.py.jinja", f"{pkg}/api/{group.module}.py", ctx,
                              relayout=True))
        files.append(FilePlan("docs/group.md.jinja", f"docs/{group.class_name}.md", ctx, python=False))
    for mod in api.modules:
        ctx = {**base, **module_view(mod)}
        files.append(FilePlan("client/models/module.py.jinja", f"{pkg}/models/{mod.name}.py", ctx,
                              black_stable=bool(ctx["laid_out"])))
        for view in ctx["views"]:
            files.append(FilePlan("docs/model.md.jinja", f"docs/models/{doc_files[view.d.name]}",
                                  {**base, "view": view, "module": mod}, python=False))
    if api.webhook_event is not None:
        ctx = {**base, "event": api.webhook_event, "event_module": module_of[api.webhook_event.name]}
        files.append(FilePlan("client/webhooks.py.jinja", f"{pkg}/webhooks.py", ctx, relayout=True))
    files.append(FilePlan("project/pyproject.toml.jinja", "pyproject.toml", base, python=False))
    files.append(FilePlan("project/README.md.jinja", "README.md", base, python=False))
    return sorted(files, key=lambda f: f.path)


@dataclass(frozen=True)
class Showcase:
    """The operations the package README's runnable examples use."""

    call: str  # client.<group>.<method>(<args>)
    call_args: str
    group: str
    method: str
    api_class: str
    stream: str | None = None  # client.<group>.<method>_stream(<args>)
    stream_event: str | None = None
    page: str | None = None  # client.<group>.<method>_iter(...)
    binary: str | None = None  # client.<group>.<method>_to_file("out.bin", ...)


def showcase(api: m.Api, examples: Examples) -> Showcase | None:
    """A JSON-body operation for the quick start (else the first one), plus the first streaming,
    paginated and binary-download operations, each called with valid example arguments."""
    ops = [(g, op) for g in api.groups for op in g.operations]
    if not ops:
        return None
    def json_call(o: m.Operation) -> bool:
        ok = o.primary_response
        return (o.body is not None and o.body.kind == "json" and o.body.required and not o.deprecated
                and ok is not None and ok.kind == "json")

    main = next(((g, o) for g, o in ops if json_call(o) and o.stream is not None),
                next(((g, o) for g, o in ops if json_call(o)), ops[0]))

    def call(pair: tuple[m.Group, m.Operation], suffix: str = "", first: str = "") -> str:
        g, o = pair
        args = ", ".join(a for a in (first, examples.arguments(o)) if a)
        return f"client.{g.key}.{o.name}{suffix}({args})"

    stream = main if main[1].stream is not None else next(
        ((g, o) for g, o in ops if o.stream is not None and not o.deprecated), None)
    page = next(((g, o) for g, o in ops if o.pagination is not None and not o.deprecated), None)
    binary = next(((g, o) for g, o in ops if o.primary_response is not None
                   and o.primary_response.kind == "binary" and not o.deprecated), None)
    return Showcase(
        call=call(main),
        call_args=examples.arguments(main[1]),
        group=main[0].key,
        method=main[1].name,
        api_class=main[0].class_name,
        stream=call(stream, "_stream") if stream else None,
        stream_event=stream[1].stream.event_type.py() if stream and stream[1].stream else None,
        page=call(page, "_iter") if page else None,
        binary=call(binary, "_to_file", '"output.bin"') if binary else None,
    )
