"""FunctionObject."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .function_parameters import FunctionParameters

__all__ = ["FunctionObject", "FunctionObjectParam"]


class FunctionObject(OagenModel):
    """FunctionObject"""

    description: str | None = None
    """A description of what the function does, used by the model to choose when and how to call the function."""

    name: str
    """The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64."""

    parameters: FunctionParameters | None = None

    strict: bool | None = None


class FunctionObjectParam(TypedDict, total=False):
    """Request form of :class:`FunctionObject`: a dict a type checker can check."""

    description: str
    """A description of what the function does, used by the model to choose when and how to call the function."""

    name: Required[str]
    """The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64."""

    parameters: FunctionParameters

    strict: bool | None
