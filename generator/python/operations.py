"""One operation → the view its API module prints: signature, call description, return types.

Every annotation is :class:`~generator.python.code.Code`, so the API module's imports are the
union of what its operations print.  Names come from the IR, which took them from
:mod:`generator.naming` (method and variant names, the request-builder function).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir import model as m
from generator.naming import builder_name, method_variant
from generator.python.code import Code, Import, imports_of
from generator.python.runtime_names import runtime_import
from generator.python.types import Annotations, typing
from generator.render.calls import accept_header, call_arguments

_MAPPING = Import("collections.abc", "Mapping")
_HTTPX = Import("httpx")
OPTION_PARAMS = (
    Code("extra_headers: Mapping[str, str] | None = None", frozenset({_MAPPING})),
    Code("extra_query: Mapping[str, Any] | None = None", frozenset({_MAPPING, typing("Any")})),
    Code("extra_body: Mapping[str, Any] | None = None", frozenset({_MAPPING, typing("Any")})),
    Code("timeout: float | httpx.Timeout | None = None", frozenset({_HTTPX})),
    Code("max_retries: int | None = None"),
    Code("strict_response_validation: bool | None = None"),
)
OPTION_NAMES = ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries",
                "strict_response_validation")
OPTION_ARGS = ", ".join(f"{n}={n}" for n in OPTION_NAMES)
_RAW_BODY = {
    "text": Code("str"),
    "binary": Code("bytes | IO[bytes]", frozenset({typing("IO")})),
}


@dataclass(frozen=True)
class ParamView:
    name: str
    annotation: Code
    default: str | None  # None: required
    wire: str
    location: str
    description: str
    type_doc: str
    required: bool

    @property
    def signature(self) -> Code:
        text = f"{self.name}: {self.annotation.text}"
        if self.default is not None:
            text += f" = {self.default}"
        return Code(text, self.annotation.imports)


@dataclass(frozen=True)
class OperationView:
    op: m.Operation
    name: str
    http_info: str  # the ``..._with_http_info`` method
    stream_method: str
    iter_method: str
    to_file_method: str
    iter_bytes_method: str  # binary operations: the body as byte chunks
    builder: str  # module-level function building the Call
    positional: tuple[ParamView, ...]
    keyword: tuple[ParamView, ...]
    call_lines: tuple[str, ...]  # arguments of Call(...)
    call_imports: frozenset[Import]  # what the call arguments refer to
    returns: Code
    stream_event: Code | None
    stream_flag: bool
    stream_done: bool
    page_item: Code | None
    page: m.Pagination | None
    binary: bool
    doc: str
    summary: str
    accept: str
    content_type: str | None
    auth: tuple[str, ...]
    example_args: str

    @property
    def return_py(self) -> str:
        return self.returns.text

    @property
    def return_doc(self) -> str:
        return self.returns.text

    @property
    def params(self) -> tuple[ParamView, ...]:
        return self.positional + self.keyword

    @property
    def signature(self) -> list[str]:
        out = [p.signature.text for p in self.positional]
        out.append("*")
        out.extend(p.signature.text for p in self.keyword)
        out.extend(o.text for o in OPTION_PARAMS)
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
        return [f"{p.name}: {p.annotation.text}" for p in self.params]

    @property
    def page_args(self) -> str:
        """Arguments for the page fetcher: the cursor replaced by the fetched cursor."""
        assert self.page is not None
        names = [f"{p.name}={'cursor' if p.name == self.page.cursor_param else p.name}" for p in self.params]
        return ", ".join([*names, OPTION_ARGS])

    @property
    def imports(self) -> frozenset[Import]:
        """Everything this operation's methods and builder print."""
        parts: list[Code | Import | None] = [p.annotation for p in self.params]
        parts += [*OPTION_PARAMS, self.returns, self.stream_event, self.page_item]
        parts += [runtime_import(n) for n in ("Call", "RequestOptions", "ApiResponse")]
        return imports_of(parts) | self.call_imports


def _param(p: m.Parameter, types: Annotations) -> ParamView:
    return ParamView(p.name, types.optional(p.type, required=p.required),
                     None if p.required else "None", p.wire, p.location, p.description, p.type.py(),
                     p.required)


def _body_params(body: m.RequestBody, types: Annotations) -> tuple[list[ParamView], list[ParamView]]:
    """(positional, keyword) arguments that carry the request body."""
    if body.kind in ("multipart", "form"):
        return [], [_param(f, types) for f in body.fields]
    if body.kind == "json":
        ann = types.of(body.type)
        if isinstance(body.type, m.Named) and body.type.kind == "model":
            ann = ann.wrap("{} | dict[str, Any]", typing("Any"))
    else:
        ann = _RAW_BODY["text" if body.kind == "text" else "binary"]
    type_doc = body.type.py() if body.kind == "json" else ann.text
    if not body.required:
        ann = ann.wrap("{} | None")
    view = ParamView(body.param, ann, None if body.required else "None", "", "body",
                     body.description, type_doc, body.required)
    return ([view], []) if body.required else ([], [view])


def _call_imports(op: m.Operation, types: Annotations) -> frozenset[Import]:
    """Names the ``Call(...)`` arguments refer to: body helpers and response types."""
    out: set[Import] = set()
    body = op.body
    if body is not None and body.kind == "json":
        model = isinstance(body.type, m.Named) and body.type.kind == "model"
        out.add(runtime_import("json_body" if model else "to_jsonable"))
        if model:
            out |= types.of(body.type).imports
    seen: set[str] = set()
    for r in op.responses:
        if r.kind == "sse" or r.status in seen:
            continue
        seen.add(r.status)
        if r.kind == "json" and r.type is not None:
            out |= types.of(r.type).imports
    return frozenset(out)


def operation_view(op: m.Operation, schemes: dict[str, m.SecurityScheme], types: Annotations,
                   example_args: str = "") -> OperationView:
    positional: list[ParamView] = []
    keyword: list[ParamView] = []
    for p in op.params:
        (positional if p.location == "path" else keyword).append(_param(p, types))
    if op.body is not None:
        pos, kw = _body_params(op.body, types)
        positional += pos
        keyword = kw + keyword if op.body.kind not in ("multipart", "form") else keyword + kw
    # keyword-only required arguments first reads better; Python allows any order after '*'
    keyword.sort(key=lambda v: not v.required)
    primary = op.primary_response
    auth = tuple(dict.fromkeys(s for alt in op.security for s in alt if s in schemes))
    return OperationView(
        op=op,
        name=op.name,
        http_info=method_variant(op.name, "with_http_info"),
        stream_method=method_variant(op.name, "stream"),
        iter_method=method_variant(op.name, "iter"),
        to_file_method=method_variant(op.name, "to_file"),
        iter_bytes_method=method_variant(op.name, "iter_bytes"),
        builder=builder_name(op.name),
        positional=tuple(positional),
        keyword=tuple(keyword),
        call_lines=tuple(call_arguments(op)),
        call_imports=_call_imports(op, types),
        returns=types.of(primary.type) if primary else Code("None"),
        stream_event=types.of(op.stream.event_type) if op.stream else None,
        stream_flag=bool(op.stream and op.stream.sets_stream_flag),
        stream_done=bool(op.stream and op.stream.ends_with_done),
        page_item=types.of(op.pagination.item_type) if op.pagination else None,
        page=op.pagination,
        binary=bool(primary and primary.kind == "binary"),
        doc=op.description or op.summary,
        summary=op.summary or op.description.split("\n", 1)[0],
        accept=accept_header(op) or "application/json",
        content_type=op.body.content_type if op.body else None,
        auth=auth,
        example_args=example_args,
    )

