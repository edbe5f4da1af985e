"""ResponseFormatJsonSchemaSchema."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["ResponseFormatJsonSchemaSchema"]

ResponseFormatJsonSchemaSchema: TypeAlias = dict[str, Any]
"""The schema for the response format, described as a JSON Schema object.
Learn how to build JSON schemas [here](https://json-schema.org/)."""
