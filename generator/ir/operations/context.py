"""What every operation concern reads: the document, the resolver, the schema registry, the target."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.config import Target
from generator.diagnostics import Diagnostic
from generator.ir.schemas import SchemaRegistry
from generator.ir.schemas.shapes import Resolver


class OperationContext:
    def __init__(self, doc: Mapping[str, Any], resolve: Resolver, registry: SchemaRegistry,
                 target: Target) -> None:
        self.doc = doc
        self.resolve = resolve
        self.types = registry
        self.target = target
        self.diagnostics: list[Diagnostic] = []

    def warn(self, pointer: str, code: str, message: str) -> None:
        self.types.warn(pointer, code, message)  # one list, in the order things were found

    def deref(self, node: Any) -> Any:
        """``node`` with ``$ref`` objects followed (components of parameters, bodies, responses…)."""
        seen = 0
        # `type(...) is dict` first: the loaded document is plain dicts, and this is the hottest
        # check of the IR build (500k calls on Microsoft Graph; the Mapping ABC check costs 6 times more)
        while (type(node) is dict or isinstance(node, Mapping)) and isinstance(node.get("$ref"), str) \
                and seen < 64:
            node = self.resolve(node["$ref"])
            seen += 1
        return node
