"""An API group → the view of its module (``api/<group>.py``) and its docs page.

The module's imports are the union of the imports of everything its operations print, plus the
runtime names its class bodies use; the sync and async classes are two :class:`Flavour` values,
so the template prints one class body twice without composing a name.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir import model as m
from generator.python.code import Import, import_groups, is_model_import
from generator.python.examples import Examples
from generator.python.operations import OperationView, body_argument_names, operation_view
from generator.python.params import ParamTypes
from generator.python.runtime_names import runtime_import
from generator.python.types import Annotations


@dataclass(frozen=True)
class Flavour:
    """What differs between the sync and the async variant of generated code."""

    is_async: bool
    def_kw: str  # "def" / "async def"
    await_kw: str  # "" / "await "
    api_client: str  # the runtime transport class
    stream: str  # the runtime stream class
    paginate: str  # the runtime function that pages
    pager: str  # what ``..._iter`` returns
    binary_stream: str  # what ``..._iter_bytes`` returns
    doc_suffix: str  # appended to class docstrings


SYNC = Flavour(False, "def", "", "ApiClient", "Stream", "paginate", "SyncPage", "BinaryStream", "")
ASYNC = Flavour(True, "async def", "await ", "AsyncApiClient", "AsyncStream", "paginate_async",
                "AsyncPager", "AsyncBinaryStream", " (async)")


@dataclass(frozen=True)
class ApiClass:
    name: str
    flavour: Flavour


@dataclass(frozen=True)
class SubGroup:
    """A sub-resource group reached from its parent's classes (``client.users.messages``), its
    module imported on first access so that using one part of a split group loads only it."""

    attr: str
    module: str  # sibling module in the api package
    title: str
    class_name: str
    async_class_name: str

    def class_for(self, flavour: Flavour) -> str:
        return self.async_class_name if flavour.is_async else self.class_name


@dataclass(frozen=True)
class GroupView:
    group: m.Group
    ops: tuple[OperationView, ...]
    classes: tuple[ApiClass, ...]
    module: str  # package-relative module path (".api.chat_api")
    imports: frozenset[Import]  # at module level
    parts: tuple[SubGroup, ...] = ()
    # under ``if TYPE_CHECKING:``: the models, which the builders import where they run
    type_imports: frozenset[Import] = frozenset()

    @property
    def exports(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.classes)

    def import_lines(self, imports: frozenset[Import], indent: int) -> list[str]:
        """``imports`` as written inside a block of this module (``if TYPE_CHECKING:``, a
        function body) indented by ``indent``."""
        return [line for group in import_groups(imports, self.module, indent) for line in group]

    def builder_import_lines(self, v: OperationView) -> list[str]:
        """The models the builder's ``Call(...)`` hands to the runtime (response types, the
        JSON body's model), imported in the builder: the module imports models for type
        checkers only, so the first access to a group does not build every model it names."""
        return self.import_lines(frozenset(i for i in v.call_imports if is_model_import(i)), 4)

    def stream_import_lines(self, v: OperationView) -> list[str]:
        """The models the stream method hands to the runtime (the event type)."""
        event = v.stream_event.imports if v.stream_event else frozenset()
        return self.import_lines(frozenset(i for i in event if is_model_import(i)), 8)


def _flavour_imports(ops: tuple[OperationView, ...], flavour: Flavour) -> set[Import]:
    names = {flavour.api_client}
    if any(v.stream_event for v in ops):
        names.add(flavour.stream)
    if any(v.page for v in ops):
        names |= {flavour.paginate, flavour.pager, "Paging"}
    return {runtime_import(n) for n in names}


def sub_groups(api: m.Api) -> dict[str, tuple[SubGroup, ...]]:
    """The sub-resource groups of each group, by the parent's module."""
    out: dict[str, list[SubGroup]] = {}
    for g in api.groups:
        if g.parent:
            out.setdefault(g.parent, []).append(
                SubGroup(g.key, g.module, g.title, g.class_name, g.async_class_name))
    return {k: tuple(v) for k, v in out.items()}


def group_view(group: m.Group, api: m.Api, types: Annotations, examples: Examples,
               params: ParamTypes | None = None, parts: tuple[SubGroup, ...] = ()) -> GroupView:
    schemes = {s.key: s for s in api.security_schemes}
    ops = tuple(
        operation_view(op, schemes, types,
                       examples.arguments(op, body_argument_names(op, params) if params else None),
                       params)
        for op in group.operations
    )
    classes = (ApiClass(group.class_name, SYNC), ApiClass(group.async_class_name, ASYNC))
    imports: set[Import] = set()
    for v in ops:
        imports |= v.signature_imports | v.call_imports
    for c in classes:
        imports |= _flavour_imports(ops, c.flavour)
    if any(v.binary for v in ops):  # ..._to_file(destination: str | os.PathLike[str]) -> Path
        imports |= {Import("os"), Import("pathlib", "Path")}
        imports |= {runtime_import(c.flavour.binary_stream) for c in classes}
    # models: for type checkers at module level, imported where they run by the builders
    imports = {i for i in imports if not is_model_import(i)}
    models = {i for v in ops for i in v.signature_imports if is_model_import(i)}
    if parts:  # accessors: cached_property, the class named for type checkers only
        imports.add(Import("functools", "cached_property"))
    if parts or models:
        imports.add(Import("typing", "TYPE_CHECKING"))
    return GroupView(group, ops, classes, f".api.{group.module}", frozenset(imports), parts,
                     frozenset(models))
