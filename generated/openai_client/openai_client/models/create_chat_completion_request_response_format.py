"""CreateChatCompletionRequestResponseFormat."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .response_format_json_object import ResponseFormatJsonObject, ResponseFormatJsonObjectParam
from .response_format_json_schema import ResponseFormatJsonSchema, ResponseFormatJsonSchemaParam
from .response_format_text import ResponseFormatText, ResponseFormatTextParam

__all__ = [
    "CreateChatCompletionRequestResponseFormat",
    "CreateChatCompletionRequestResponseFormatParam",
]

CreateChatCompletionRequestResponseFormat: TypeAlias = Annotated[
    Union[
        Annotated[ResponseFormatText, Tag("ResponseFormatText")],
        Annotated[ResponseFormatJsonSchema, Tag("ResponseFormatJsonSchema")],
        Annotated[ResponseFormatJsonObject, Tag("ResponseFormatJsonObject")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "text": "ResponseFormatText",
            "json_schema": "ResponseFormatJsonSchema",
            "json_object": "ResponseFormatJsonObject",
        },
    ),
]
"""An object specifying the format that the model must output.

Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
Structured Outputs which ensures the model will match your supplied JSON
schema. Learn more in the [Structured Outputs
guide](/docs/guides/structured-outputs).

Setting to `{ "type": "json_object" }` enables the older JSON mode, which
ensures the message the model generates is valid JSON. Using `json_schema`
is preferred for models that support it."""


CreateChatCompletionRequestResponseFormatParam: TypeAlias = (
    ResponseFormatTextParam
    | ResponseFormatText
    | ResponseFormatJsonSchemaParam
    | ResponseFormatJsonSchema
    | ResponseFormatJsonObjectParam
    | ResponseFormatJsonObject
)
"""Request form of :class:`CreateChatCompletionRequestResponseFormat`: a dict a type checker can check."""
