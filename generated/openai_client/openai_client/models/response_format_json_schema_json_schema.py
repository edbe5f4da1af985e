"""ResponseFormatJsonSchemaJsonSchema."""

from __future__ import annotations

from pydantic import Field
from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema

__all__ = ["ResponseFormatJsonSchemaJsonSchema", "ResponseFormatJsonSchemaJsonSchemaParam"]


class ResponseFormatJsonSchemaJsonSchema(OagenModel):
    """Structured Outputs configuration options, including a JSON Schema."""

    description: str | None = None
    """A description of what the response format is for, used by the model to
    determine how to respond in the format."""

    name: str
    """The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64."""

    schema_: ResponseFormatJsonSchemaSchema | None = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )

    strict: bool | None = None


class ResponseFormatJsonSchemaJsonSchemaParam(TypedDict, total=False):
    """Request form of :class:`ResponseFormatJsonSchemaJsonSchema`: a dict a type checker can check."""

    description: str
    """A description of what the response format is for, used by the model to
    determine how to respond in the format."""

    name: Required[str]
    """The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64."""

    schema: ResponseFormatJsonSchemaSchema

    strict: bool | None
