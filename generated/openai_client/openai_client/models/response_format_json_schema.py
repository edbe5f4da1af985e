"""ResponseFormatJsonSchema."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .response_format_json_schema_json_schema import (
    ResponseFormatJsonSchemaJsonSchema,
    ResponseFormatJsonSchemaJsonSchemaParam,
)

__all__ = ["ResponseFormatJsonSchema", "ResponseFormatJsonSchemaParam"]


class ResponseFormatJsonSchema(OagenModel):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](/docs/guides/structured-outputs)."""

    type: Literal["json_schema"]
    """The type of response format being defined. Always `json_schema`."""

    json_schema: ResponseFormatJsonSchemaJsonSchema
    """Structured Outputs configuration options, including a JSON Schema."""


class ResponseFormatJsonSchemaParam(TypedDict, total=False):
    """Request form of :class:`ResponseFormatJsonSchema`: a dict a type checker can check."""

    type: Required[Literal["json_schema"]]
    """The type of response format being defined. Always `json_schema`."""

    json_schema: Required[
        ResponseFormatJsonSchemaJsonSchemaParam | ResponseFormatJsonSchemaJsonSchema
    ]
    """Structured Outputs configuration options, including a JSON Schema."""
