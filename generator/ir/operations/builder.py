"""Paths → operations grouped into API classes; each concern of an operation has its own module."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from generator.ir import model as m
from generator.ir.operations.bodies import body_properties, request_body
from generator.ir.operations.context import OperationContext
from generator.ir.operations.parameters import parameters
from generator.ir.operations.responses import accept_parameter, as_binary, responses
from generator.ir.operations.security import client_headers, requirements, scopes, security_schemes
from generator.ir.operations.servers import servers
from generator.ir.operations.split import Part, split_group
from generator.ir.operations.streaming import stream_info
from generator.ir.pointers import escape_pointer
from generator.naming import (
    CLIENT_ATTRIBUTES,
    METHOD_RESERVED,
    RESERVED_CLASS_NAMES,
    Namespace,
    api_class_name,
    claim_class_pair,
    claim_group_attribute,
    claim_method,
    client_argument,
    client_argument_names,
    module_name,
    pascal_case,
    snake_case,
    sub_resource_namespace,
)


@dataclasses.dataclass(frozen=True)
class GroupOperations:
    """One group's operations before the split: its key, title (the tag) and description."""

    key: str
    title: str
    description: str
    operations: tuple[m.Operation, ...]


@dataclasses.dataclass(frozen=True)
class _GroupNames:
    """Claims the names of a group and of the sub-resource groups it was split into."""

    classes: Namespace
    modules: Namespace

    def tree(self, part: Part, title: str, description: str, attr: str, path: str,
             parent: str = "") -> list[m.Group]:
        """The group of ``part`` then its sub-resources, depth first; a sub-resource is an
        attribute of its parent's classes, so its name is claimed among their methods."""
        cls, async_cls = claim_class_pair(self.classes, api_class_name(title))
        module = self.modules.claim(module_name(cls), sep="_")
        ops = tuple(o if o.group == path else dataclasses.replace(o, group=path) for o in part.operations)
        out = [m.Group(attr, cls, module, title, description, ops, async_cls, path, parent)]
        members = sub_resource_namespace(o.name for o in part.operations)
        for child in part.parts:
            child_attr = claim_group_attribute(members, snake_case(child.segment, fallback="part"))
            out += self.tree(child, f"{title} {child.segment}", "", child_attr,
                             f"{path}.{child_attr}", module)
        return out


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class OperationBuilder(OperationContext):
    def security_schemes(self) -> tuple[m.SecurityScheme, ...]:
        return security_schemes(self)

    def client_headers(self) -> tuple[m.ClientHeader, ...]:
        return client_headers(self)

    def servers(self, schemes: tuple[m.SecurityScheme, ...]) -> tuple[m.Server, ...]:
        """The servers, their variables' arguments named after every other Client argument."""
        taken = {*client_argument_names(), *(h.argument for h in client_headers(self)),
                 *(client_argument(a) for s in schemes for a in s.arguments)}
        return servers(self.doc, taken)

    def grouped_operations(self) -> list[GroupOperations]:
        """Every operation, by group (tag), groups in key order: split later, once the models and
        the paging are known (:meth:`groups`), since the split weighs what a group will print."""
        tag_docs = {
            str(t.get("name")): str(t.get("description") or "")
            for t in self.doc.get("tags") or []
            if isinstance(t, Mapping)
        }
        ops_by_group: dict[str, list[m.Operation]] = {}
        titles: dict[str, str] = {}
        method_names: dict[str, Namespace] = {}
        op_ids: set[str] = set()
        paths = self.doc.get("paths") or {}
        for path, item in paths.items():
            item = self.deref(item)
            if not isinstance(item, Mapping):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, Mapping):
                    continue
                pointer = f"/paths/{escape_pointer(str(path))}/{method}"
                title = self._group_title(op, str(path))
                key = snake_case(title, fallback="default")
                titles.setdefault(key, title)
                if key not in method_names:
                    method_names[key] = Namespace(METHOD_RESERVED | {"api_client"})
                names = method_names[key]
                built = self._operation(str(path), method, op, item, pointer, key, names, op_ids)
                ops_by_group.setdefault(key, []).append(built)
        return [GroupOperations(key, titles[key], tag_docs.get(titles[key], ""), tuple(ops_by_group[key]))
                for key in sorted(ops_by_group)]

    def groups(self, grouped: list[GroupOperations],
               weigh: Callable[[m.Operation], int]) -> tuple[m.Group, ...]:
        """The API classes: each group split by sub-resource where it is too large
        (:func:`split_group`, ``weigh`` estimating an operation's lines), names claimed."""
        groups: list[m.Group] = []
        tree_names = _GroupNames(Namespace(RESERVED_CLASS_NAMES), Namespace(casefold=True))
        attributes = Namespace(CLIENT_ATTRIBUTES)
        for g in grouped:
            attr = claim_group_attribute(attributes, g.key)
            groups += tree_names.tree(split_group(g.operations, weigh=weigh), g.title, g.description,
                                      attr, attr)
        return tuple(groups)

    def _group_title(self, op: Mapping[str, Any], path: str) -> str:
        override = self.target.operations.get(str(op.get("operationId", "")))
        if override and override.group:
            return override.group
        tags = op.get("tags")
        if isinstance(tags, list) and tags and isinstance(tags[0], str) and tags[0].strip():
            title = tags[0]
        else:
            segments = [s for s in path.split("/") if s and not s.startswith("{")]
            title = segments[0] if segments else "default"
        return self.target.groups.get(title, title)

    def _operation(
        self, path: str, method: str, op: Mapping[str, Any], item: Mapping[str, Any], pointer: str,
        group: str, names: Namespace, op_ids: set[str],
    ) -> m.Operation:
        op_id = str(op.get("operationId") or "") or f"{method}_{path}"
        if op_id in op_ids:
            self.types.warn(pointer, "duplicate-operation-id", f"operationId {op_id!r} is used twice")
        op_ids.add(op_id)
        override = self.target.operations.get(op_id)
        wanted = override.name if override and override.name else snake_case(op_id, fallback="call")
        name = claim_method(names, wanted)
        ctx = pascal_case(op_id, fallback="Operation")
        params = parameters(self, op, item, pointer, ctx)
        param_names = Namespace(METHOD_RESERVED | {p.name for p in params})
        body = request_body(self, op, pointer, ctx, param_names)
        resps = responses(self, op, pointer, ctx)
        accept = accept_parameter(self, op, params, param_names)
        if accept is not None:
            params = (*params, accept)
        if override and override.binary:
            resps = as_binary(resps)
        stream = stream_info(self, op_id, resps, body, pointer, body_properties(self, op))
        summary = str(op.get("summary") or "").strip()
        description = str(op.get("description") or "").strip()
        tags = tuple(str(t) for t in op.get("tags") or [] if isinstance(t, str))
        return m.Operation(
            id=op_id, name=name, method=method.upper(), path=path, group=group, summary=summary,
            description=description, params=params, body=body, responses=resps, security=requirements(self, op),
            deprecated=bool(op.get("deprecated")), stream=stream, tags=tags, pointer=pointer,
            scopes=scopes(self, op),
        )
