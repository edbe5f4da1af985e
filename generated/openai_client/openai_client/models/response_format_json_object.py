"""ResponseFormatJsonObject."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ResponseFormatJsonObject", "ResponseFormatJsonObjectParam"]


class ResponseFormatJsonObject(OagenModel):
    """JSON object response format. An older method of generating JSON responses.
    Using `json_schema` is recommended for models that support it. Note that the
    model will not generate JSON without a system or user message instructing it
    to do so."""

    type: Literal["json_object"]
    """The type of response format being defined. Always `json_object`."""


class ResponseFormatJsonObjectParam(TypedDict, total=False):
    """Request form of :class:`ResponseFormatJsonObject`: a dict a type checker can check."""

    type: Required[Literal["json_object"]]
    """The type of response format being defined. Always `json_object`."""
