"""``[tool.oagen]`` of pyproject.toml → frozen :class:`Target` values."""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomllib

from generator.diagnostics import ConfigError
from generator.naming import distribution_name

_PACKAGE_RE = re.compile(r"^[a-z_][a-z0-9_]*$")
_ENV_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_HEADER_RE = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")  # an RFC 9110 token
# The webhook signature schemes the runtime verifies (generator/runtime/_webhooks.py).
WEBHOOK_SIGNING = ("standard-webhooks",)
# A distribution name as PEP 508 allows it (so that pip and setuptools accept the pyproject.toml).
_PROJECT_NAME_RE = re.compile(r"^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$")


PAGINATION_STYLES = ("cursor", "offset", "page", "next_link", "link_header")
_PAGINATION_PATHS = ("items", "next", "has_more")  # dotted wire-name paths into the page body
_PAGINATION_NAMES = ("param", "next_header", "item_cursor")


@dataclass(frozen=True)
class PaginationOverride:
    """``operations.<id>.pagination``: how the operation pages, by wire names (the IR checks that
    they exist).  ``enabled = False`` (``pagination = false``) turns detection off."""

    style: str = ""
    items: tuple[str, ...] = ()
    param: str = ""
    next: tuple[str, ...] = ()
    next_header: str = ""
    has_more: tuple[str, ...] = ()
    item_cursor: str = ""
    start: int | None = None
    enabled: bool = True


@dataclass(frozen=True)
class OperationOverride:
    stream: bool | None = None  # add a ``..._stream`` method (SSE) even if the spec declares only JSON
    stream_event: str | None = None  # schema name of one stream event (default: the JSON response)
    stream_done: bool | None = None  # does the stream end with ``data: [DONE]``? (default: yes)
    group: str | None = None  # move the operation to another API group
    name: str | None = None  # Python method name
    # the success body is a file whatever the spec declares (e.g. a JSON string): ``bytes``,
    # with ``..._to_file`` and a streaming variant
    binary: bool | None = None
    # how the operation pages, overriding detection (None: detected from the spec)
    pagination: PaginationOverride | None = None


@dataclass(frozen=True)
class AuthOverride:
    attr: str | None = None  # Configuration attribute
    env: str | None = None  # environment variable


@dataclass(frozen=True)
class ClientHeader:
    """An extra ``Client(...)`` argument sent as a header on every request (``organization=`` →
    ``OpenAI-Organization``), read from ``env`` when not given."""

    header: str
    env: str | None = None


@dataclass(frozen=True)
class Target:
    name: str
    spec: Path
    package: str
    output: Path
    version: str = "1.0.0"
    api_key_env: str | None = None
    strict: bool = False
    overlay: Path | None = None  # JSON Merge Patch (RFC 7386) applied to the spec before IR
    templates: Path | None = None  # a directory whose templates override the built-in ones
    operations: Mapping[str, OperationOverride] = field(default_factory=dict)
    groups: Mapping[str, str] = field(default_factory=dict)  # tag/segment → group key
    auth: Mapping[str, AuthOverride] = field(default_factory=dict)
    project_name: str | None = None  # distribution name of the generated package
    docs_base_url: str | None = None  # root-relative links in spec text resolve against it
    docs_relative_base: str | None = None  # ../x links in spec text resolve against it
    license: str | None = None  # the generated package's license when the spec's info has none
    # style of object-valued query parameters that declare none (OpenAPI's default is `form`,
    # `key=value`; servers such as OpenAI's read `deepObject`, `name[key]=value`)
    query_object_style: str | None = None
    # the environment variable that overrides the base URL (default: ``<PACKAGE>_BASE_URL``)
    base_url_env: str | None = None
    # extra Client arguments sent as headers, by argument name, in file order
    client_headers: Mapping[str, ClientHeader] = field(default_factory=dict)
    # add a tests/ folder to the output: pytest wire tests calling every operation against the
    # server named by ``<PACKAGE>_TEST_BASE_URL`` (a mock such as Prism, or a test deployment)
    wire_tests: bool = False
    # how webhook deliveries are signed ("standard-webhooks"; None: no ``client.webhooks``)
    webhook_signing: str | None = None
    # the environment variable holding the webhook secret (default: ``<PACKAGE>_WEBHOOK_SECRET``)
    webhook_secret_env: str | None = None

    @property
    def distribution(self) -> str:
        return distribution_name(self.package, self.project_name)

    def fingerprint(self) -> str:
        """Everything about the target that affects output, as a stable string (for caches)."""
        return repr(
            (
                self.package, self.version, self.api_key_env, self.strict,
                sorted((k, repr(v)) for k, v in self.operations.items()),
                sorted(self.groups.items()), sorted((k, repr(v)) for k, v in self.auth.items()),
                self.project_name, self.docs_base_url, self.docs_relative_base, self.license,
                self.query_object_style, self.base_url_env,
                list((k, repr(v)) for k, v in self.client_headers.items()), self.wire_tests,
                self.webhook_signing, self.webhook_secret_env,
            )
        )


def load_targets(pyproject: Path) -> dict[str, Target]:
    """All targets of ``pyproject`` (paths relative to its directory), in file order."""
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{pyproject}: not found (run oagen from the project root or pass --config)") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{pyproject}: invalid TOML: {exc}") from None
    section = data.get("tool", {}).get("oagen", {})
    targets = section.get("targets", {})
    if not isinstance(targets, Mapping):
        raise ConfigError(f"{pyproject}: [tool.oagen.targets] must be a table")
    root = pyproject.parent
    return {name: target_from_table(name, table, root, str(pyproject)) for name, table in targets.items()}


def target_from_table(name: str, table: Any, root: Path, where: str = "config") -> Target:
    if not isinstance(table, Mapping):
        raise ConfigError(f"{where}: [tool.oagen.targets.{name}] must be a table")
    known = {"spec", "package", "output", "version", "api_key_env", "strict", "overlay", "templates",
             "operations", "groups", "auth", "project_name", "docs_base_url", "docs_relative_base", "license",
             "query_object_style", "base_url_env", "client_headers", "wire_tests",
             "webhook_signing", "webhook_secret_env"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(f"{where}: target {name!r}: unknown key(s) {', '.join(unknown)}")
    for key in ("spec", "package", "output"):
        if not isinstance(table.get(key), str) or not table[key]:
            raise ConfigError(f"{where}: target {name!r}: {key!r} is required (a string)")
    package = str(table["package"])
    check_package_name(package, f"{where}: target {name!r}")
    env = table.get("api_key_env")
    if env is not None and (not isinstance(env, str) or not _ENV_RE.match(env)):
        raise ConfigError(f"{where}: target {name!r}: api_key_env must be an environment variable name")
    ops = {
        str(op_id): _operation_override(name, op_id, value, where)
        for op_id, value in (table.get("operations") or {}).items()
    }
    auth = {
        str(k): AuthOverride(attr=v.get("attr"), env=v.get("env"))
        for k, v in (table.get("auth") or {}).items()
        if isinstance(v, Mapping)
    }
    for key, override in auth.items():
        if override.attr is not None and not str(override.attr).isidentifier():
            raise ConfigError(f"{where}: target {name!r}: auth.{key}.attr must be an identifier")
        if override.env is not None and not _ENV_RE.match(str(override.env)):
            raise ConfigError(f"{where}: target {name!r}: auth.{key}.env must be a variable name")
    project_name = table.get("project_name")
    if project_name is not None and (
        not isinstance(project_name, str) or not _PROJECT_NAME_RE.match(project_name)
    ):
        raise ConfigError(f"{where}: target {name!r}: project_name must be a distribution name "
                          "(letters, digits, '.', '_', '-'; PEP 508)")
    base = table.get("docs_base_url")
    relative = table.get("docs_relative_base")
    for key, url in (("docs_base_url", base), ("docs_relative_base", relative)):
        if url is not None and (not isinstance(url, str) or not url.startswith(("https://", "http://"))):
            raise ConfigError(f"{where}: target {name!r}: {key} must be an http(s) URL")
    object_style = table.get("query_object_style")
    if object_style is not None and object_style not in ("form", "deepObject"):
        raise ConfigError(f"{where}: target {name!r}: query_object_style must be \"form\" or "
                          "\"deepObject\"")
    base_url_env = table.get("base_url_env")
    if base_url_env is not None and (not isinstance(base_url_env, str) or not _ENV_RE.match(base_url_env)):
        raise ConfigError(f"{where}: target {name!r}: base_url_env must be an environment variable name")
    client_headers = _client_headers(name, table.get("client_headers"), where)
    wire_tests = table.get("wire_tests", False)
    if not isinstance(wire_tests, bool):
        raise ConfigError(f"{where}: target {name!r}: wire_tests must be true or false")
    webhook_signing = table.get("webhook_signing")
    if webhook_signing is not None and webhook_signing not in WEBHOOK_SIGNING:
        raise ConfigError(f"{where}: target {name!r}: webhook_signing must be one of "
                          f"{', '.join(repr(s) for s in WEBHOOK_SIGNING)}")
    webhook_secret_env = table.get("webhook_secret_env")
    if webhook_secret_env is not None and (
        not isinstance(webhook_secret_env, str) or not _ENV_RE.match(webhook_secret_env)
    ):
        raise ConfigError(f"{where}: target {name!r}: webhook_secret_env must be an environment "
                          "variable name")
    lic = table.get("license")
    if lic is not None and (not isinstance(lic, str) or not lic.strip()):
        raise ConfigError(f"{where}: target {name!r}: license must be a non-empty string")
    return Target(
        name=name,
        spec=(root / str(table["spec"])).resolve(),
        package=package,
        output=(root / str(table["output"])).resolve(),
        version=str(table.get("version", "1.0.0")),
        api_key_env=env,
        strict=bool(table.get("strict", False)),
        overlay=(root / str(table["overlay"])).resolve() if table.get("overlay") else None,
        templates=(root / str(table["templates"])).resolve() if table.get("templates") else None,
        operations=ops,
        groups={str(k): str(v) for k, v in (table.get("groups") or {}).items()},
        auth=auth,
        project_name=project_name,
        docs_base_url=base,
        docs_relative_base=relative,
        license=lic,
        query_object_style=object_style,
        base_url_env=base_url_env,
        client_headers=client_headers,
        wire_tests=wire_tests,
        webhook_signing=webhook_signing,
        webhook_secret_env=webhook_secret_env,
    )


def _client_headers(target: str, value: Any, where: str) -> dict[str, ClientHeader]:
    """``[tool.oagen.targets.X.client_headers] organization = { header = "...", env = "..." }``."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: target {target!r}: client_headers must be a table")
    out: dict[str, ClientHeader] = {}
    for arg, entry in value.items():
        at = f"{where}: target {target!r}: client_headers.{arg}"
        if not str(arg).isidentifier() or keyword.iskeyword(str(arg)):
            raise ConfigError(f"{at}: the argument name must be an identifier")
        if not isinstance(entry, Mapping) or set(entry) - {"header", "env"}:
            raise ConfigError(f"{at}: must be a table with `header` and optionally `env`")
        header, env = entry.get("header"), entry.get("env")
        if not isinstance(header, str) or not _HEADER_RE.match(header):
            raise ConfigError(f"{at}: header must be an HTTP header name")
        if env is not None and (not isinstance(env, str) or not _ENV_RE.match(env)):
            raise ConfigError(f"{at}: env must be an environment variable name")
        out[str(arg)] = ClientHeader(header, env)
    return out


def _operation_override(target: str, op_id: str, value: Any, where: str) -> OperationOverride:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: target {target!r}: operations.{op_id} must be a table")
    unknown = sorted(set(value) - {"stream", "stream_event", "stream_done", "group", "name", "binary",
                                   "pagination"})
    if unknown:
        raise ConfigError(f"{where}: target {target!r}: operations.{op_id}: unknown key(s) {', '.join(unknown)}")
    name = value.get("name")
    if name is not None and (not isinstance(name, str) or not name.isidentifier()):
        raise ConfigError(f"{where}: target {target!r}: operations.{op_id}.name must be an identifier")
    return OperationOverride(
        stream=value.get("stream"),
        stream_event=value.get("stream_event"),
        stream_done=value.get("stream_done"),
        group=value.get("group"),
        name=name,
        binary=value.get("binary"),
        pagination=_pagination_override(value.get("pagination"),
                                        f"{where}: target {target!r}: operations.{op_id}.pagination"),
    )


def _pagination_override(value: Any, at: str) -> PaginationOverride | None:
    if value is None:
        return None
    if value is False:
        return PaginationOverride(enabled=False)
    if not isinstance(value, Mapping):
        raise ConfigError(f"{at}: must be a table (style, items, param, ...) or false")
    unknown = sorted(set(value) - {"style", *_PAGINATION_PATHS, *_PAGINATION_NAMES, "start"})
    if unknown:
        raise ConfigError(f"{at}: unknown key(s) {', '.join(unknown)}")
    style = value.get("style")
    if style not in PAGINATION_STYLES:
        raise ConfigError(f"{at}.style must be one of {', '.join(PAGINATION_STYLES)}")
    for key in (*_PAGINATION_PATHS, *_PAGINATION_NAMES):
        if not isinstance(value.get(key, ""), str):
            raise ConfigError(f"{at}.{key} must be a string")
    start = value.get("start")
    if start is not None and (not isinstance(start, int) or isinstance(start, bool)):
        raise ConfigError(f"{at}.start must be an integer")

    def path(key: str) -> tuple[str, ...]:
        text = str(value.get(key, ""))
        return tuple(text.split(".")) if text else ()

    return PaginationOverride(
        style=str(style), items=path("items"), param=str(value.get("param", "")), next=path("next"),
        next_header=str(value.get("next_header", "")), has_more=path("has_more"),
        item_cursor=str(value.get("item_cursor", "")), start=start,
    )


def check_package_name(package: str, where: str) -> None:
    """Package names become directory names: only ``[a-z_][a-z0-9_]*`` (no dots, slashes, ``..``)."""
    if not _PACKAGE_RE.match(package) or package.startswith("__") or keyword.iskeyword(package):
        raise ConfigError(
            f"{where}: package {package!r} is not a valid Python package name "
            "(lower case letters, digits and underscores)"
        )


def adhoc_target(spec: Path, package: str, output: Path, *, api_key_env: str | None = None,
                 version: str = "1.0.0") -> Target:
    check_package_name(package, "--package")
    return Target(name=package, spec=spec.resolve(), package=package, output=output.resolve(),
                  version=version, api_key_env=api_key_env)
