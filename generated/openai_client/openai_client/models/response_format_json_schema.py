"""ResponseFormatJsonSchema."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .response_format_json_schema_json_schema import ResponseFormatJsonSchemaJsonSchema

__all__ = ["ResponseFormatJsonSchema"]


class ResponseFormatJsonSchema(OagenModel):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](/docs/guides/structured-outputs)."""

    type: Literal["json_schema"]
    """The type of response format being defined. Always `json_schema`."""

    json_schema: ResponseFormatJsonSchemaJsonSchema
    """Structured Outputs configuration options, including a JSON Schema."""
