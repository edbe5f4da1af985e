"""TextResponseFormatConfiguration."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .response_format_json_object import ResponseFormatJsonObject, ResponseFormatJsonObjectParam
from .response_format_text import ResponseFormatText, ResponseFormatTextParam
from .text_response_format_json_schema import (
    TextResponseFormatJsonSchema,
    TextResponseFormatJsonSchemaParam,
)

__all__ = ["TextResponseFormatConfiguration", "TextResponseFormatConfigurationParam"]

TextResponseFormatConfiguration: TypeAlias = Annotated[
    Union[
        Annotated[ResponseFormatText, Tag("ResponseFormatText")],
        Annotated[TextResponseFormatJsonSchema, Tag("TextResponseFormatJsonSchema")],
        Annotated[ResponseFormatJsonObject, Tag("ResponseFormatJsonObject")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "text": "ResponseFormatText",
            "json_schema": "TextResponseFormatJsonSchema",
            "json_object": "ResponseFormatJsonObject",
        },
    ),
]
"""An object specifying the format that the model must output.

Configuring `{ "type": "json_schema" }` enables Structured Outputs,
which ensures the model will match your supplied JSON schema. Learn more in the
[Structured Outputs guide](/docs/guides/structured-outputs).

The default format is `{ "type": "text" }` with no additional options.

**Not recommended for gpt-4o and newer models:**

Setting to `{ "type": "json_object" }` enables the older JSON mode, which
ensures the message the model generates is valid JSON. Using `json_schema`
is preferred for models that support it."""


TextResponseFormatConfigurationParam: TypeAlias = (
    ResponseFormatTextParam
    | ResponseFormatText
    | TextResponseFormatJsonSchemaParam
    | TextResponseFormatJsonSchema
    | ResponseFormatJsonObjectParam
    | ResponseFormatJsonObject
)
"""Request form of :class:`TextResponseFormatConfiguration`: a dict a type checker can check."""
