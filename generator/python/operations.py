"""One operation → the view its API module prints: signature, call description, return types.

Every annotation is :class:`~generator.python.code.Code`, so the API module's imports are the
union of what its operations print.  Names come from the IR, which took them from
:mod:`generator.naming` (method and variant names, the request-builder function).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from generator.ir import model as m
from generator.naming import (
    METHOD_RESERVED,
    Namespace,
    builder_name,
    claim_body_argument,
    method_variant,
)
from generator.python.calls import accept_header, call_arguments, negotiated, read_type
from generator.python.code import Code, Import, imports_of, join
from generator.python.escape import pyrepr
from generator.python.params import ParamTypes
from generator.python.runtime_names import runtime_import
from generator.python.types import Annotations, typing

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
_ABC = "collections.abc"
_RAW_BODY = {
    "text": Code("str"),
    # bytes at once, or streamed: a binary file object or an (async) iterator of chunks
    "binary": Code("bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes]",
                   frozenset({typing("IO"), Import(_ABC, "Iterable"), Import(_ABC, "AsyncIterable")})),
}


def _json_lines_body(item: Code) -> Code:
    """A JSON Lines request body: items (each sent as one line, as they come) or the text."""
    return item.wrap("Iterable[{0}] | AsyncIterable[{0}] | bytes | str",
                     Import(_ABC, "Iterable"), Import(_ABC, "AsyncIterable"))


# response descriptions that say nothing the status code does not
_ROTE_RESPONSES = frozenset({"", "ok", "success", "successful", "successful response", "successful operation",
                             "created", "accepted", "no content", "response"})


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

    overload_annotation: Code | None = None  # a body field's type in the keyword-form overload

    @property
    def signature(self) -> Code:
        text = f"{self.name}: {self.annotation.text}"
        if self.default is not None:
            text += f" = {self.default}"
        return Code(text, self.annotation.imports)

    @property
    def overload_signature(self) -> str:
        """In the keyword-form overload: a required field without ``omit``."""
        ann = self.overload_annotation or self.annotation
        text = f"{self.name}: {ann.text}"
        return text if self.required else f"{text} = omit"


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
    # the top-level fields of a JSON object body, as keyword arguments (empty: no such form)
    body_fields: tuple[ParamView, ...]
    body_type: Code  # the whole body (model or Param) when ``body_fields`` is not empty
    call_lines: tuple[str, ...]  # arguments of Call(...)
    call_imports: frozenset[Import]  # what the call arguments refer to
    returns: Code
    stream_event: Code | None
    stream_flag: bool
    stream_done: bool
    stream_accept: str | None  # the streamed media type when it is not text/event-stream
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
    def has_doc_sections(self) -> bool:
        """Does the method docstring have ``Args``/``Returns`` sections (spec text to show)?"""
        return bool(self.return_description) or any(p.description for p in self.params)

    @property
    def return_description(self) -> str:
        """The success response's own description (not the type, which the annotation shows)."""
        primary = self.op.primary_response
        text = primary.description.strip() if primary is not None else ""
        return "" if text.rstrip(".").lower() in _ROTE_RESPONSES else text

    @property
    def params(self) -> tuple[ParamView, ...]:
        return self.positional + self.keyword

    @property
    def body(self) -> ParamView | None:
        """The whole-body argument (JSON, text or binary), when the operation takes one."""
        return next((p for p in self.positional + self.keyword if p.location == "body"), None)

    @property
    def signature(self) -> list[str]:
        """The implementation's parameters (every form of the call accepted)."""
        out = [p.signature.text for p in self.positional]
        out.append("*")
        out.extend(p.signature.text for p in self.body_fields)
        out.extend(p.signature.text for p in self.keyword)
        out.extend(o.text for o in OPTION_PARAMS)
        return out

    @property
    def overloads(self) -> list[list[str]]:
        """The typed forms of the call: the whole body positionally, or its fields as keyword
        arguments (none when the body has no keyword form)."""
        body = self.body
        if not self.body_fields or body is None:
            return []
        rest = [p.signature.text for p in self.keyword if p is not body]
        rest += [o.text for o in OPTION_PARAMS]
        path = [p.signature.text for p in self.positional if p is not body]
        whole = [*path, f"{body.name}: {self.body_type.text}", "*", *rest]
        fields = [*path, "*", *(p.overload_signature for p in self.body_fields), *rest]
        return [whole, fields]

    @property
    def options(self) -> str:
        return f"RequestOptions({', '.join(OPTION_NAMES)})"

    @property
    def builder_args(self) -> str:
        """The builder's arguments, by keyword."""
        return ", ".join(f"{p.name}={p.name}" for p in self.params + self.body_fields)

    @property
    def builder_signature(self) -> list[str]:
        # body fields last, defaulting to omit: a builder called with the whole body needs no more
        return [f"{p.name}: {p.annotation.text}" for p in self.params] + [
            f"{p.name}: {p.annotation.text} = omit" for p in self.body_fields
        ]

    @property
    def paging_summary(self) -> str:
        """How the auto-paging method finds the next page, in words (for the docs)."""
        page = self.page
        assert page is not None
        param = f"`{page.param}`"
        if page.style == "offset":
            text = f"advances {param} by the number of items received"
        elif page.style == "page":
            text = f"advances {param} by one"
        elif page.style == "next_link":
            text = f"follows the URL in `{'.'.join(page.next)}`"
        elif page.style == "link_header":
            text = 'follows the `Link` header\'s `rel="next"` URL'
        else:
            source = (f"the `{page.next_header}` header" if page.next_header
                      else f"the last item's `{page.item_cursor}`" if page.item_cursor
                      else f"`{'.'.join(page.next)}`")
            text = f"sends {source} back as {param}"
        more = f", while `{'.'.join(page.has_more)}` is true" if page.has_more else ""
        return f"Each next page: {text}{more}; stops on an empty page or a repeated cursor."

    @property
    def paging(self) -> str:
        """The runtime ``Paging(...)`` that says how this operation pages (defaults left out)."""
        page = self.page
        assert page is not None
        args = [pyrepr(page.style)]
        defaults = m.Pagination("", page.item_type)
        for name in ("items", "param", "location", "next", "next_header", "has_more",
                     "item_cursor", "start"):
            value = getattr(page, name)
            if value != getattr(defaults, name):
                args.append(f"{name}={pyrepr(value)}")
        return f"Paging({', '.join(args)})"

    @property
    def signature_imports(self) -> frozenset[Import]:
        """What the signatures of the operation's methods and builder print; with
        ``call_imports``, everything they print."""
        parts: list[Code | Import | None] = [p.annotation for p in self.params + self.body_fields]
        if self.body_fields:
            parts += [self.body_type, typing("overload")]
        parts += [*OPTION_PARAMS, self.returns, self.stream_event, self.page_item]
        parts += [runtime_import(n) for n in ("Call", "RequestOptions", "ApiResponse")]
        return imports_of(parts)


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
    elif body.kind == "jsonl" and isinstance(body.type, m.ListOf):
        ann = _json_lines_body(types.of(body.type.item))
    else:
        ann = _RAW_BODY["text" if body.kind == "text" else "binary"]
    type_doc = body.type.py() if body.kind == "json" else ann.text
    if not body.required:
        ann = ann.wrap("{} | None")
    view = ParamView(body.param, ann, None if body.required else "None", "", "body",
                     body.description, type_doc, body.required)
    return ([view], []) if body.required else ([], [view])


def _call_imports(op: m.Operation, types: Annotations, keyword_body: bool) -> frozenset[Import]:
    """Names the ``Call(...)`` arguments refer to: body helpers and response types."""
    out: set[Import] = set()
    body = op.body
    if body is not None and body.kind == "json":
        model = isinstance(body.type, m.Named) and body.type.kind == "model"
        out.add(runtime_import("json_body" if model else "to_jsonable"))
        if keyword_body:
            out.add(runtime_import("body_from"))
        if model:
            out |= types.of(body.type).imports
    seen: set[str] = set()
    for r in op.responses:
        if r.kind == "sse" or r.status in seen:
            continue
        seen.add(r.status)
        tp = read_type(r)
        if tp is not None:
            out |= types.of(tp).imports
    for rs in negotiated(op).values():
        for r in rs:
            tp = read_type(r)
            if tp is not None:
                out |= types.of(tp).imports
    return frozenset(out)


def _returns(op: m.Operation, types: Annotations) -> Code:
    """What the method returns: the primary response's type, or the union of the types its
    status declares when the Content-Type picks among several (content negotiation)."""
    primary = op.primary_response
    if primary is None:
        return Code("None")
    choices = negotiated(op).get(primary.status)
    if not choices:
        return types.of(primary.type)
    parts = list(dict.fromkeys(types.of(r.type) for r in choices))
    return join(parts, " | ")


_OMIT = Import("._omit", "Omit")
_OMIT_VALUE = Import("._omit", "omit")


def body_argument_names(op: m.Operation, params: ParamTypes) -> dict[str, str]:
    """JSON name → keyword argument, for each top-level field of ``op``'s JSON object body that
    the keyword form takes (empty when the body has no keyword form)."""
    body = op.body
    model = params.model(body.type) if body is not None and body.kind == "json" else None
    if body is None or model is None:
        return {}
    names = Namespace(METHOD_RESERVED | {p.name for p in op.params} | {body.param})
    return {f.wire: claim_body_argument(names, f.name) for f in model.fields if not f.read_only}


def _keyword_body(op: m.Operation, positional: list[ParamView], keyword: list[ParamView],
                  params: ParamTypes) -> tuple[tuple[ParamView, ...], Code | None]:
    """The body's fields as keyword arguments, and the whole body's type; the whole-body
    argument becomes optional (``omit``) since either form may be used."""
    body = op.body
    model = params.model(body.type) if body is not None and body.kind == "json" else None
    if body is None or model is None:
        return (), None
    assert isinstance(body.type, m.Named)
    whole = params.body_type(body.type)
    if body.is_merge_patch:  # any member may be null and nested objects are patches: any object
        whole = whole.wrap("{} | Mapping[str, Any]", Import("collections.abc", "Mapping"), typing("Any"))
    arguments = body_argument_names(op, params)
    fields: list[ParamView] = []
    for f in model.fields:
        if f.read_only:
            continue
        ann = params.field(f)
        if body.is_merge_patch and not isinstance(f.type, m.Nullable):
            ann = ann.wrap("{} | None")  # a merge patch sends None as null: delete the member
        required = f.required and body.required
        overload = ann if required else ann.wrap("{} | Omit", _OMIT, _OMIT_VALUE)
        fields.append(ParamView(arguments[f.wire], ann.wrap("{} | Omit", _OMIT, _OMIT_VALUE),
                                "omit", f.wire, "body-field", f.description, f.type.py(), required,
                                overload))
    fields.sort(key=lambda v: not v.required)
    # the whole body is the last positional argument, optional since the keyword form may be used
    view = next(v for v in positional + keyword if v.location == "body")
    if view in keyword:
        keyword.remove(view)
    else:
        positional.remove(view)
    positional.append(dataclasses.replace(
        view, annotation=whole.wrap("{} | Omit", _OMIT, _OMIT_VALUE), default="omit"))
    return tuple(fields), whole


def operation_view(op: m.Operation, schemes: dict[str, m.SecurityScheme], types: Annotations,
                   example_args: str = "", params: ParamTypes | None = None) -> OperationView:
    positional: list[ParamView] = []
    keyword: list[ParamView] = []
    for p in op.params:
        (positional if p.location == "path" else keyword).append(_param(p, types))
    if op.body is not None:
        pos, kw = _body_params(op.body, types)
        positional += pos
        keyword = kw + keyword if op.body.kind not in ("multipart", "form") else keyword + kw
    body_fields, body_type = (_keyword_body(op, positional, keyword, params) if params is not None
                              else ((), None))
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
        body_fields=body_fields,
        body_type=body_type or Code(""),
        call_lines=tuple(call_arguments(op, [(f.wire, f.name) for f in body_fields])),
        call_imports=_call_imports(op, types, bool(body_fields)),
        returns=_returns(op, types),
        stream_event=types.of(op.stream.event_type) if op.stream else None,
        stream_flag=bool(op.stream and op.stream.sets_stream_flag),
        stream_done=bool(op.stream and op.stream.ends_with_done),
        stream_accept=(op.stream.content_type if op.stream and op.stream.content_type != "text/event-stream"
                       else None),
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

