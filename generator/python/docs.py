"""Views for the Markdown docs: linked type names, error rows, credential and model examples.

Every identifier a docs page prints comes from the IR (named by :mod:`generator.naming`) or from
here; the templates compose none.  Type names link to their model pages the way the seeds do
(``[**ChatCompletionsRequest**](ChatCompletionsRequest.md)``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.ir import model as m
from generator.python.escape import md
from generator.python.examples import Examples, literal
from generator.python.package import ClientView

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")

# The runtime's status → exception class (exceptions.py ``_BY_STATUS``); a unit test compares
# this table with the generated packages' own.
ERROR_CLASSES: dict[int, str] = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
SERVER_ERROR = "InternalServerError"
STATUS_ERROR = "ApiStatusError"


def error_class(status: str) -> str | None:
    """The exception a status raises (``None`` for a success); ``4XX``/``default`` → the base."""
    if status.isdigit():
        code = int(status)
        if code < 400:
            return None
        return ERROR_CLASSES.get(code) or (SERVER_ERROR if code >= 500 else STATUS_ERROR)
    if status.upper() == "5XX":
        return SERVER_ERROR
    if status.upper() in ("1XX", "2XX", "3XX"):
        return None
    return STATUS_ERROR


class DocLinks:
    """Markdown for type annotations, with every model name linked to its page."""

    def __init__(self, doc_files: Mapping[str, str]) -> None:
        self._files = doc_files

    def type(self, annotation: str, prefix: str = "") -> str:
        """``annotation`` as Markdown table text: names of definitions linked (``prefix`` is the
        path from the page to docs/models/), the rest escaped so no bracket starts a link."""
        out: list[str] = []
        pos = 0
        for match in _IDENT.finditer(annotation):
            out.append(_escape(annotation[pos:match.start()]))
            name = match.group()
            page = self._files.get(name)
            out.append(f"[**{name}**]({prefix}{page})" if page else _escape(name))
            pos = match.end()
        out.append(_escape(annotation[pos:]))
        return "".join(out)

    def page(self, name: str, prefix: str = "") -> str:
        return f"{prefix}{self._files[name]}"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("|", "\\|") \
        .replace("*", "\\*").replace("_", "\\_")


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def short_text(text: str, limit: int = 120) -> str:
    """One table cell of at most ``limit`` characters: links reduced to their text first, so a
    cut never leaves a dangling bracket; an unclosed code span or emphasis is dropped."""
    flat = " ".join(_MD_LINK.sub(r"\1", str(text or "")).split())
    if len(flat) > limit:
        flat = flat[: limit - 3].rsplit(" ", 1)[0].rstrip(" ,.;:") + "..."
        if flat.count("`") % 2:
            flat = flat[: flat.rfind("`")].rstrip() + "..."
    return md(flat).replace("[", "\\[").replace("]", "\\]")


@dataclass(frozen=True)
class ResponseRow:
    status: str
    description: str
    headers: tuple[m.Header, ...]
    exception: str | None  # the exception class raised for this status (None: success)
    body: m.TypeRef | None  # the parsed body (the error model for an error status)


def response_rows(op: m.Operation) -> tuple[ResponseRow, ...]:
    rows: list[ResponseRow] = []
    seen: set[str] = set()
    for r in op.responses:
        if r.status in seen:
            continue
        seen.add(r.status)
        body = r.type if r.kind == "json" else None
        rows.append(ResponseRow(r.status, r.description, tuple(r.headers), error_class(r.status), body))
    return tuple(rows)


@dataclass(frozen=True)
class CredentialDoc:
    """How a page shows passing one credential: the Client argument and its variable."""

    scheme: str
    argument: str
    env: str | None


def credential_docs(api: m.Api, client: ClientView) -> tuple[CredentialDoc, ...]:
    by_config = {c.config_arg: c.client_arg for c in client.credentials}
    out: list[CredentialDoc] = []
    for s in api.security_schemes:
        for arg in s.arguments or (s.attr,):
            out.append(CredentialDoc(s.key, by_config.get(arg, arg), s.env))
    return tuple(out)


@dataclass(frozen=True)
class ModelExample:
    """A model page's runnable example: a valid JSON instance, validated by the model."""

    json_literal: str
    source: str  # "spec" (the spec's own example) or "sampled"


def model_example(d: m.Model, examples: Examples) -> ModelExample:
    value = examples.instance(d.name)
    return ModelExample(literal(value), "spec" if examples.has_spec_example(d.name) else "sampled")


@dataclass(frozen=True)
class DocsView:
    """What the docs templates print besides the IR: links, error rows, credentials, examples,
    and where the model and operation lists live (the README, or index pages when long)."""

    links: DocLinks
    credentials: tuple[CredentialDoc, ...]
    examples: Examples
    models_index: bool  # the model list moves from the README to docs/Models.md
    operations_index: bool  # the operation table moves to docs/Operations.md
    # docs/Operations.md lists API classes, not operations (each class page lists its own)
    operations_by_class: bool = False
    # operations in the sub-resource groups below each group that was split, by its module
    sub_resources: Mapping[str, int] = field(default_factory=dict)
    max_index_rows: int = 0

    def responses(self, op: m.Operation) -> tuple[ResponseRow, ...]:
        return response_rows(op)

    def model_example(self, d: m.Model) -> ModelExample:
        return model_example(d, self.examples)

    @staticmethod
    def short(text: str, limit: int = 120) -> str:
        return short_text(text, limit)


MODELS_INDEX = "Models.md"
OPERATIONS_INDEX = "Operations.md"
# a README list longer than this moves to its index page
INDEX_THRESHOLD = 40
# an index page longer than this lists API classes instead (Microsoft Graph's 11,422 operations
# made a 3 MB table): each class's page lists its operations
MAX_INDEX_ROWS = 2_000


def sub_resource_counts(api: m.Api) -> dict[str, int]:
    """For each group that was split, how many operations its sub-resource groups hold."""
    parent_of = {g.module: g.parent for g in api.groups}
    counts: dict[str, int] = {}
    for g in api.groups:
        up = g.parent
        while up:
            counts[up] = counts.get(up, 0) + len(g.operations)
            up = parent_of[up]
    return counts


def docs_view(api: m.Api, client: ClientView, doc_files: Mapping[str, str], examples: Examples) -> DocsView:
    return DocsView(DocLinks(doc_files), credential_docs(api, client), examples,
                    len(api.definitions) > INDEX_THRESHOLD, len(api.operations) > INDEX_THRESHOLD,
                    len(api.operations) > MAX_INDEX_ROWS, sub_resource_counts(api), MAX_INDEX_ROWS)
