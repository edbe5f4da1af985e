"""Operations grouped into API classes, security schemes, servers, webhooks, and the :class:`Api`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.ir.definitions import Constraint, Definition, Module
from generator.ir.typerefs import Named, TypeRef

ParamLocation = Literal["path", "query", "header", "cookie", "form"]
BodyKind = Literal["json", "multipart", "form", "binary", "text", "jsonl"]
# "jsonl": JSON Lines (application/jsonl, application/x-ndjson); its type is the list of items
ResponseKind = Literal["json", "binary", "text", "sse", "jsonl", "empty"]


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    wire: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str = ""
    default: str | None = None
    deprecated: bool = False
    style: str | None = None
    explode: bool = True
    # the schema's rules (bounds, lengths, pattern, array sizes), checked before sending
    constraints: tuple[Constraint, ...] = ()

    @property
    def annotation(self) -> str:
        t = self.type.py()
        return t if self.required else f"{t} | None"


@dataclass(frozen=True, slots=True)
class RequestBody:
    kind: BodyKind
    content_type: str
    type: TypeRef
    required: bool
    param: str  # name of the Python parameter holding the body ("" when fields are flattened)
    description: str = ""
    fields: tuple[Parameter, ...] = ()  # multipart / form fields, flattened into keyword arguments
    model: str | None = None  # the model fields came from, for validation of flattened bodies
    # multipart: (wire name, content type) of the parts the `encoding` object gives one
    part_types: tuple[tuple[str, str], ...] = ()

    @property
    def is_merge_patch(self) -> bool:
        """A JSON Merge Patch (RFC 7396): members may be ``null``, meaning "delete"."""
        return self.content_type == "application/merge-patch+json"

    @property
    def annotation(self) -> str:
        t = self.type.py()
        if isinstance(self.type, Named) and self.type.kind == "model":
            t = f"{t} | dict[str, Any]"
        return t if self.required else f"{t} | None"


@dataclass(frozen=True, slots=True)
class Header:
    name: str
    description: str
    type: str


@dataclass(frozen=True, slots=True)
class Response:
    status: str  # "200", "4XX", "default"
    kind: ResponseKind
    content_type: str | None
    type: TypeRef | None
    description: str = ""
    headers: tuple[Header, ...] = ()

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")

    @property
    def py(self) -> str:
        if self.type is None:
            return "None"
        return self.type.py()


@dataclass(frozen=True, slots=True)
class StreamInfo:
    event_type: TypeRef
    content_type: str = "text/event-stream"
    sets_stream_flag: bool = True  # send ``"stream": true`` in the JSON body
    ends_with_done: bool = True  # the server ends the stream with ``data: [DONE]``


@dataclass(frozen=True, slots=True)
class Pagination:
    """How an operation pages: the runtime's ``Paging`` (its docstring describes the styles)."""

    style: str  # "cursor", "offset", "page", "next_link" or "link_header"
    item_type: TypeRef
    items: tuple[str, ...] = ()  # Python attribute path to the item list (): the body is the list
    param: str = ""  # wire name of the parameter that selects the page
    param_name: str = ""  # its Python argument name
    location: str = "query"  # "query" or "header"
    next: tuple[str, ...] = ()  # attribute path to the next cursor / next link
    next_header: str = ""  # response header holding the next cursor
    has_more: tuple[str, ...] = ()  # attribute path to a "more pages" flag
    item_cursor: str = ""  # the cursor is this attribute of the last item
    start: int = 1  # first page number (page style)


@dataclass(frozen=True, slots=True)
class Operation:
    id: str
    name: str  # Python method name
    method: str  # upper case
    path: str
    group: str  # group key (attribute name on the facade)
    summary: str
    description: str
    params: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]
    security: tuple[tuple[str, ...], ...]  # alternatives; each a set of scheme names
    deprecated: bool = False
    # (scheme, scopes) the operation asks of OAuth2 schemes whose tokens the client fetches
    scopes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    stream: StreamInfo | None = None
    pagination: Pagination | None = None
    tags: tuple[str, ...] = ()
    pointer: str = ""

    @property
    def success(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if r.is_success)

    @property
    def errors(self) -> tuple[Response, ...]:
        return tuple(r for r in self.responses if not r.is_success)

    @property
    def return_type(self) -> TypeRef | None:
        return self.primary_response.type if self.primary_response else None

    @property
    def primary_response(self) -> Response | None:
        ok = [r for r in self.success if r.kind != "sse"]
        return ok[0] if ok else None

    def params_in(self, location: ParamLocation) -> tuple[Parameter, ...]:
        return tuple(p for p in self.params if p.location == location)


@dataclass(frozen=True, slots=True)
class Group:
    key: str  # attribute on Client ("chat")
    class_name: str  # "ChatApi"
    module: str  # "chat_api"
    title: str  # the tag, or the path segment
    description: str
    operations: tuple[Operation, ...]
    async_class_name: str = ""  # "AsyncChatApi"
    path: str = ""  # how a user reaches it: "chat", or "users.messages" for a sub-resource group
    parent: str = ""  # module of the group it is a sub-resource of ("" on the Client itself)

    @property
    def accessor(self) -> str:
        """The attribute path from a client to this group's class (``users.messages``)."""
        return self.path or self.key


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    key: str  # name in components/securitySchemes
    kind: Literal["bearer", "basic", "apikey", "oauth2", "openid"]
    attr: str  # Configuration attribute holding the secret
    env: str | None  # environment variable read when the attribute is not given
    location: Literal["header", "query", "cookie"] = "header"
    param: str = "Authorization"  # header / query / cookie name
    description: str = ""
    arguments: tuple[str, ...] = ()  # Configuration/Client arguments (two for http basic)
    env_constant: str | None = None  # module constant naming ``env``
    # Authorization prefix of a token scheme: ``Bearer``, or an `http` scheme's own name
    # (``SharedAccessKey``) when it is neither basic nor bearer
    http_scheme: str = "Bearer"
    # OAuth2 client credentials: the flow's tokenUrl (None: the user supplies a token), and the
    # environment variables of the client id and secret (``arguments[1:]``)
    token_url: str | None = None
    client_env: tuple[str | None, str | None] = (None, None)


@dataclass(frozen=True, slots=True)
class ClientHeader:
    argument: str  # Client/Configuration argument (claimed by the naming authority)
    header: str  # the header it is sent as
    env: str | None = None  # environment variable read when the argument is not given


@dataclass(frozen=True, slots=True)
class ServerVariable:
    name: str  # as written in the URL template: ``{name}``
    argument: str  # the Client argument that sets it (claimed by the naming authority)
    default: str  # "" when the spec gives none (the user must pass a value)
    enum: tuple[str, ...] = ()  # the values allowed (a Literal argument), when the spec lists them
    description: str = ""


@dataclass(frozen=True, slots=True)
class Server:
    url: str  # the URL with every variable at its default
    description: str = ""
    template: str = ""  # the URL as the spec writes it, ``{variable}`` placeholders included
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True, slots=True)
class Webhook:
    name: str
    event_type: TypeRef
    description: str = ""


@dataclass(frozen=True, slots=True)
class Api:
    title: str
    version: str
    description: str
    package: str
    package_version: str
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    groups: tuple[Group, ...]
    modules: tuple[Module, ...]
    webhooks: tuple[Webhook, ...] = ()
    webhook_event: Named | None = None  # union of all webhook payloads, for parse_webhook_event()
    spec_sha256: str = ""
    notes: tuple[str, ...] = field(default=())  # degradations and renames, for --verbose
    distribution: str = ""  # the distribution (PyPI project) name
    base_url_env: str = ""  # environment variable overriding the base URL
    client_headers: tuple[ClientHeader, ...] = ()  # extra Client arguments sent as headers
    # the environment variable of the webhook secret when deliveries are signed (Standard
    # Webhooks: ``client.webhooks.unwrap``), else None
    webhook_secret_env: str | None = None

    @property
    def definitions(self) -> tuple[Definition, ...]:
        return tuple(d for m in self.modules for d in m.definitions)

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(o for g in self.groups for o in g.operations)

    def module_of(self) -> dict[str, str]:
        return {d.name: m.name for m in self.modules for d in m.definitions}
