"""The naming authority: every identifier that appears in generated code is made here.

Python identifiers are made from arbitrary spec strings (operation ids, tags, property names,
schema names, enum values), and some are composed from others (``AsyncChatApi``,
``create_x_with_http_info``, ``basic_username``, ``OPENAI_API_KEY_ENV``, the distribution name).
Both kinds come from this module: the conversions are pure and deterministic, and collision
handling lives in :class:`Namespace`, which hands out names in the order they are asked for (so a
stable traversal order of the spec gives stable names).  Names that belong together (a class and
its async twin, a method and its ``_with_http_info``/``_stream``/... variants, the two arguments of
an http-basic credential) are claimed together, so that no composed name can collide with
another name in the same scope.  Templates print these names; they never build them.
"""

from __future__ import annotations

import functools
import keyword
import re
import unicodedata
from collections.abc import Iterable

from generator.naming.reserved import (
    _BUILTIN_SHADOWS,
    CLIENT_ATTRIBUTES,
    CONFIGURATION_ARGUMENTS,
    METHOD_RESERVED,
    PYDANTIC_RESERVED,
    RESERVED_CLASS_NAMES,
)

__all__ = ["CLIENT_ATTRIBUTES", "CONFIGURATION_ARGUMENTS", "METHOD_RESERVED", "PYDANTIC_RESERVED",
           "RESERVED_CLASS_NAMES"]

_WORD_SPLIT = re.compile(
    r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+[a-z]*|[^\W_]+", re.UNICODE
)


def ascii_fold(text: str) -> str:
    """Strip accents and drop characters that have no ASCII form (``é`` → ``e``, ``日`` → ``"``)."""
    normalized = unicodedata.normalize("NFKD", text)
    return normalized.encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """Split any string into words: camelCase, PascalCase, snake, kebab, dotted, slashed."""
    return list(_words(text))


def snake_case(text: str, *, fallback: str = "value") -> str:
    """``createChatCompletion`` → ``create_chat_completion``; always a valid, non-keyword identifier."""
    return _snake_case(text, fallback)


def pascal_case(text: str, *, fallback: str = "Model") -> str:
    """``chat-completion.chunk`` → ``ChatCompletionChunk``."""
    return _pascal_case(text, fallback)


def constant_case(text: str, *, fallback: str = "VALUE") -> str:
    """Enum member style: ``1d`` → ``VALUE_1D``, ``api_key.created`` → ``API_KEY_CREATED``."""
    return _constant_case(text, fallback)


# The conversions are pure functions of their strings, and a big spec asks for the same ones
# again and again (every property of every model, every parameter of thousands of operations:
# 300k calls on Microsoft Graph), so they are memoised.  Keys and results are immutable strings
# (``_words`` returns a tuple; ``words`` hands out a fresh list), so nothing cached can go stale.
# The bound keeps a long-lived process (the test suite, a watch loop) from growing without end.
_MEMO = functools.lru_cache(maxsize=1 << 17)


@_MEMO
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD_SPLIT.findall(ascii_fold(text)))


@_MEMO
def _snake_case(text: str, fallback: str) -> str:
    name = "_".join(w.lower() for w in _words(text)) or fallback
    return _fix_identifier(name, fallback=fallback)


@_MEMO
def _pascal_case(text: str, fallback: str) -> str:
    name = "".join(p[:1].upper() + p[1:] for p in _words(text)) or fallback
    return _fix_identifier(name, fallback=fallback)


@_MEMO
def _constant_case(text: str, fallback: str) -> str:
    name = "_".join(w.upper() for w in _words(text)) or fallback
    return _fix_identifier(name, fallback=fallback)


def _fix_identifier(name: str, *, fallback: str) -> str:
    if not name:
        name = fallback
    if name[0].isdigit():
        pascal = fallback[:1].isupper() and not fallback.isupper()
        name = f"{fallback}{name}" if pascal else f"{fallback}_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in ("None", "True", "False"):
        name += "_"
    assert name.isidentifier(), name
    return name


def member_name(wire: str) -> str:
    """A field/parameter name for a JSON name; shadowing pydantic attributes gets a trailing ``_``."""
    name = snake_case(wire, fallback="field")
    if name in PYDANTIC_RESERVED:
        name += "_"
    return name


# Models-package module names stay within this many characters, so that a module's path in an
# installed package (``site-packages/<package>/models/<module>.py``) stays short.
MAX_MODULE_NAME = 72
_MODULE_HEAD = 30  # of which the leading words keep at most this many


def module_name(class_name: str) -> str:
    """The module of a class: its snake_case name; a longer one keeps its leading and trailing
    words and drops the middle (the ends tell apart ``realtime_beta_…_completed`` and
    ``realtime_…_completed``)."""
    name = snake_case(class_name, fallback="module")
    if len(name) <= MAX_MODULE_NAME:
        return name
    parts = name.split("_")
    head: list[str] = []
    for part in parts:
        if len("_".join([*head, part])) > _MODULE_HEAD:
            break
        head.append(part)
    tail: list[str] = []
    budget = MAX_MODULE_NAME - len("_".join(head)) - 1
    for part in reversed(parts[len(head):]):
        if len("_".join([part, *tail])) > budget:
            break
        tail.insert(0, part)
    return "_".join([*head, *tail]) if head else "_".join(tail) or name[:MAX_MODULE_NAME]


class Namespace:
    """Hands out unique names inside one scope; deterministic for a given order of requests.

    ``taken`` names are reserved from the start. Uniqueness is case-insensitive when
    ``casefold`` is set (module names must not differ only by case on case-insensitive file
    systems: ``VLAN`` and ``Vlan`` give ``vlan`` and ``vlan_2``).
    """

    def __init__(self, taken: Iterable[str] = (), *, casefold: bool = False) -> None:
        self._casefold = casefold
        # one C-level copy when names are kept as given (a Namespace per operation and per model
        # starts from the same large reserved set)
        self._used: set[str] = {self._key(t) for t in taken} if casefold else set(taken)

    def _key(self, name: str) -> str:
        return name.casefold() if self._casefold else name

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._key(name) in self._used

    def claim(self, name: str, *, sep: str = "") -> str:
        """Return ``name`` or the first free ``name{sep}2``, ``name{sep}3``…, and reserve it."""
        candidate = name
        n = 2
        while self._key(candidate) in self._used:
            candidate = f"{name}{sep}{n}"
            n += 1
        self._used.add(self._key(candidate))
        return candidate


def shadows_builtin(name: str) -> bool:
    return name in _BUILTIN_SHADOWS


# --------------------------------------------------------------------------------------------
# Composed names.  Every name built from another name is built here and nowhere else.
# --------------------------------------------------------------------------------------------

ASYNC_PREFIX = "Async"
# Suffixes of the variants of an operation method, in the order they are claimed.
METHOD_VARIANTS = ("with_http_info", "stream", "iter", "to_file", "iter_bytes")


def api_class_name(title: str) -> str:
    """The API class of a group of operations: tag ``chat`` → ``ChatApi``."""
    return f"{pascal_case(title, fallback='Default')}Api"


def async_twin(class_name: str) -> str:
    """The asynchronous twin of a generated class: ``ChatApi`` → ``AsyncChatApi``."""
    return f"{ASYNC_PREFIX}{class_name}"


def claim_class_pair(names: Namespace, wanted: str) -> tuple[str, str]:
    """A class name and its async twin, both free in ``names``: ``wanted``, else ``wanted2``,
    ``wanted3``... (so tags ``Foo`` and ``Async Foo`` cannot produce two ``AsyncFooApi``)."""
    candidate, n = wanted, 2
    while candidate in names or async_twin(candidate) in names:
        candidate = f"{wanted}{n}"
        n += 1
    return names.claim(candidate), names.claim(async_twin(candidate))


def method_variant(method: str, variant: str) -> str:
    return f"{method}_{variant}"


def claim_method(names: Namespace, wanted: str) -> str:
    """An operation method name whose every variant (``_with_http_info``, ``_stream``, ``_iter``,
    ``_to_file``) is free too; all of them are claimed."""
    candidate, n = wanted, 2
    while candidate in names or any(method_variant(candidate, v) in names for v in METHOD_VARIANTS):
        candidate = f"{wanted}_{n}"
        n += 1
    names.claim(candidate)
    for variant in METHOD_VARIANTS:
        names.claim(method_variant(candidate, variant))
    return candidate


def sub_resource_namespace(methods: Iterable[str]) -> Namespace:
    """The names free for sub-resource attributes on an API class (``client.users.messages``):
    not one of its methods (with every variant), nor a name the class itself uses, nor a builtin
    (an accessor named ``list`` in the class body would shadow ``list[...]`` in the annotations
    of the methods after it; Microsoft Graph's drives have a ``list`` sub-resource)."""
    taken = set(METHOD_RESERVED) | {"api_client"} | _BUILTIN_SHADOWS | {"tuple", "frozenset"}
    for name in methods:
        taken.add(name)
        taken.update(method_variant(name, v) for v in METHOD_VARIANTS)
    return Namespace(taken)


def builder_name(method: str) -> str:
    """The module-level function that describes one operation's request (``_create_x_call``);
    private, so it cannot collide with the public PascalCase and snake_case names."""
    return f"_{method}_call"


def credential_arguments(attr: str, basic: bool) -> tuple[str, ...]:
    """The Configuration/Client arguments of one credential: http basic takes two."""
    return (f"{attr}_username", f"{attr}_password") if basic else (attr,)


def claim_credential(names: Namespace, wanted: str, basic: bool) -> str:
    """A credential attribute whose arguments are all free in ``names`` (a scheme ``basic`` of
    type http basic and an api key scheme ``basic_username`` must not both claim
    ``basic_username``); every argument is claimed."""
    candidate, n = wanted, 2
    while any(a in names for a in {candidate, *credential_arguments(candidate, basic)}):
        candidate = f"{wanted}_{n}"
        n += 1
    for arg in dict.fromkeys((candidate, *credential_arguments(candidate, basic))):
        names.claim(arg)
    return candidate


def claim_client_credentials(names: Namespace, attr: str, first: bool) -> tuple[str, str]:
    """The client id / secret arguments of an OAuth2 client-credentials scheme: ``client_id``
    and ``client_secret`` for the first such scheme, ``<attr>_client_id`` ... for the others."""
    prefix = "" if first else f"{attr}_"
    return (names.claim(f"{prefix}client_id", sep="_"),
            names.claim(f"{prefix}client_secret", sep="_"))


def client_credential_env(package: str, argument: str) -> str:
    """The environment variable read for a client id / secret argument: ``ACME_CLIENT_ID``."""
    return f"{package.upper()}_{argument.upper()}"


SERVER_ARGUMENT = "server"  # the Client argument choosing one of several servers


def client_argument_names() -> frozenset[str]:
    """The Client's own arguments (and the credential defaults) no server variable may take."""
    return CONFIGURATION_ARGUMENTS | {CLIENT_KEY_ARGUMENT, "access_token", SERVER_ARGUMENT}


def claim_server_variable_argument(names: Namespace, variable: str) -> str:
    """The Client argument of a server variable: ``apiVersion`` → ``api_version``; one that
    collides with another Client argument gets a number (``timeout_2``)."""
    return names.claim(snake_case(variable, fallback="server_variable"), sep="_")


def env_constant(attr: str) -> str:
    """The module constant holding the environment variable name of a credential."""
    return f"{attr.upper()}_ENV"


def base_url_env(package: str, configured: str | None = None) -> str:
    """The environment variable that overrides the base URL: the target's ``base_url_env``, else
    ``acme`` → ``ACME_BASE_URL``."""
    return configured or f"{package.upper()}_BASE_URL"


def webhook_secret_env(package: str, configured: str | None = None) -> str:
    """The environment variable holding the webhook signing secret: the target's
    ``webhook_secret_env``, else ``acme`` → ``ACME_WEBHOOK_SECRET``."""
    return configured or f"{package.upper()}_WEBHOOK_SECRET"


def claim_client_header_argument(names: Namespace, wanted: str) -> str:
    """A ``Client(...)``/``Configuration(...)`` argument that the target maps to a header
    (``organization`` → ``OpenAI-Organization``).  Claimed before the credentials, in the same
    scope, so a credential can never take its name; one that collides with a configuration
    argument (``timeout``) or the ``api_key`` argument gets a number (``timeout_2``)."""
    return names.claim(member_name(wanted), sep="_")


def distribution_name(package: str, project_name: str | None) -> str:
    """The distribution (PyPI project) name: the target's ``project_name`` or the package with
    dashes."""
    return project_name or package.replace("_", "-")


def claim_class(names: Namespace, wanted: str) -> str:
    """A models-package class name: ``wanted`` in PascalCase; a name the runtime or the package
    reserves becomes ``<Name>Model`` (a schema ``Call`` is class ``CallModel``), and a clash
    between schemas gets a number (``Foo``, ``Foo2``)."""
    name = pascal_case(wanted)
    if name in RESERVED_CLASS_NAMES and f"{name}Model" not in names:
        name = f"{name}Model"
    return names.claim(name)


def claim_group_attribute(names: Namespace, key: str) -> str:
    """The Client attribute of an API group (``client.chat``); never one of the Client's own."""
    return names.claim(key, sep="_")


# The Client argument for the first bearer credential (``Configuration.access_token``), as the
# official SDKs call it.
CLIENT_KEY_ARGUMENT = "api_key"
CLIENT_CLASSES = ("Client", "AsyncClient")
API_CLIENT_CLASSES = ("ApiClient", "AsyncApiClient")  # the runtime transports


def client_argument(config_argument: str) -> str:
    """The Client(...) argument that fills a Configuration(...) credential argument."""
    return CLIENT_KEY_ARGUMENT if config_argument == "access_token" else config_argument


def claim_param_name(names: Namespace, definition: str) -> str:
    """The request-side ``TypedDict`` of a model: ``ChatRequest`` → ``ChatRequestParam``."""
    return names.claim(f"{definition}Param")


def claim_body_argument(names: Namespace, field: str) -> str:
    """The keyword argument of one top-level field of a JSON request body: the field's attribute
    name, unless a parameter or a per-call option has it (``timeout`` → ``timeout_``)."""
    return names.claim(field if field not in names else f"{field}_", sep="_")


def site(owner: str, *parts: str) -> str:
    """Where an inline schema appears, as the name it would take before shortening:
    ``site("CreateChatCompletion", "Request")``.  :mod:`generator.naming.inline` turns it (and
    the schema's title) into the class name."""
    return owner + "".join(parts)


def member_site(owner: str, member: str, fallback: str) -> str:
    """The site of a property, parameter or form field named ``member`` of ``owner``."""
    return owner + pascal_case(member, fallback=fallback)


# Generated wire tests (a target's ``wire_tests``): the fixtures their conftest.py defines.
WIRE_TEST_FIXTURES = ("client", "client_arguments")


def test_base_url_env(package: str) -> str:
    """The environment variable naming the server the generated wire tests call:
    ``acme`` → ``ACME_TEST_BASE_URL``."""
    return f"{package.upper()}_TEST_BASE_URL"


def wire_test_module(group_module: str) -> str:
    """The wire-test module of an API group (``chat_api`` → ``test_chat_api``): pytest collects
    ``test_*.py``; group modules are unique, so these are."""
    return f"test_{group_module}"


def claim_wire_test(names: Namespace, method: str, variant: str = "") -> str:
    """A test function of one operation method (``test_create_x``, ``test_create_x_async``),
    unique in its module (method ``x_async`` and the async test of ``x`` cannot both take
    ``test_x_async``)."""
    return names.claim(f"test_{method}" + (f"_{variant}" if variant else ""), sep="_")
