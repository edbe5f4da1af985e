"""FunctionParameters."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["FunctionParameters"]

FunctionParameters: TypeAlias = dict[str, Any]
"""The parameters the functions accepts, described as a JSON Schema object. See the [guide](/docs/guides/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format.

Omitting `parameters` defines a function with an empty parameter list."""
