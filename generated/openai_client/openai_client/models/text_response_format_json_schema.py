"""TextResponseFormatJsonSchema."""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema

__all__ = ["TextResponseFormatJsonSchema", "TextResponseFormatJsonSchemaParam"]


class TextResponseFormatJsonSchema(OagenModel):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](/docs/guides/structured-outputs)."""

    type: Literal["json_schema"]
    """The type of response format being defined. Always `json_schema`."""

    description: str | None = None
    """A description of what the response format is for, used by the model to
    determine how to respond in the format."""

    name: str
    """The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64."""

    schema_: ResponseFormatJsonSchemaSchema = Field(
        validation_alias="schema", serialization_alias="schema"
    )

    strict: bool | None = None


class TextResponseFormatJsonSchemaParam(TypedDict, total=False):
    """Request form of :class:`TextResponseFormatJsonSchema`: a dict a type checker can check."""

    type: Required[Literal["json_schema"]]
    """The type of response format being defined. Always `json_schema`."""

    description: str
    """A description of what the response format is for, used by the model to
    determine how to respond in the format."""

    name: Required[str]
    """The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64."""

    schema: Required[ResponseFormatJsonSchemaSchema]

    strict: bool | None
