"""JSON Schema (OpenAPI 3.0 and 3.1 dialects) → type references and named definitions.

:class:`~generator.ir.schemas.registry.SchemaRegistry` is the entry point; each schema kind has a
module of its own (objects and ``allOf``, unions and discriminators, scalars and enums, eager
cycles), and :mod:`.shapes` answers questions about a raw schema without building anything.
"""

from __future__ import annotations

from generator.ir.schemas.registry import SchemaRegistry

__all__ = ["SchemaRegistry"]
