"""Operations grouped into API classes, security schemes, servers, webhooks, and the :class:`Api`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.ir.definitions import Definition, Module
from generator.ir.typerefs import Named, TypeRef

ParamLocation = Literal["path", "query", "header", "cookie", "form"]
BodyKind = Literal["json", "multipart", "form", "binary", "text"]
ResponseKind = Literal["json", "binary", "text", "sse", "empty"]


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
    cursor_param: str  # Python name of the cursor query parameter ("after")
    item_type: TypeRef
    cursor_field: str = "last_id"  # response field holding the next cursor
    data_field: str = "data"
    has_more_field: str = "has_more"
    cursor_on_item: bool = False  # the cursor is the last item's ``id`` (no ``last_id`` in the page)


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


@dataclass(frozen=True, slots=True)
class ClientHeader:
    argument: str  # Client/Configuration argument (claimed by the naming authority)
    header: str  # the header it is sent as
    env: str | None = None  # environment variable read when the argument is not given


@dataclass(frozen=True, slots=True)
class Server:
    url: str
    description: str = ""


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

    @property
    def definitions(self) -> tuple[Definition, ...]:
        return tuple(d for m in self.modules for d in m.definitions)

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(o for g in self.groups for o in g.operations)

    def module_of(self) -> dict[str, str]:
        return {d.name: m.name for m in self.modules for d in m.definitions}
