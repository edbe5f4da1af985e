"""FunctionShellCallItemParamEnvironmentVariant1."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .container_reference_param import ContainerReferenceParam, ContainerReferenceParamParam
from .local_environment_param import LocalEnvironmentParam, LocalEnvironmentParamParam

__all__ = [
    "FunctionShellCallItemParamEnvironmentVariant1",
    "FunctionShellCallItemParamEnvironmentVariant1Param",
]

FunctionShellCallItemParamEnvironmentVariant1: TypeAlias = Annotated[
    Union[
        Annotated[LocalEnvironmentParam, Tag("LocalEnvironmentParam")],
        Annotated[ContainerReferenceParam, Tag("ContainerReferenceParam")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type", {"local": "LocalEnvironmentParam", "container_reference": "ContainerReferenceParam"}
    ),
]
"""The environment to execute the shell commands in."""


FunctionShellCallItemParamEnvironmentVariant1Param: TypeAlias = (
    LocalEnvironmentParamParam
    | LocalEnvironmentParam
    | ContainerReferenceParamParam
    | ContainerReferenceParam
)
"""Request form of :class:`FunctionShellCallItemParamEnvironmentVariant1`: a dict a type checker can check."""
