"""FunctionShellToolParamEnvironmentVariant1."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .container_auto_param import ContainerAutoParam, ContainerAutoParamParam
from .container_reference_param import ContainerReferenceParam, ContainerReferenceParamParam
from .local_environment_param import LocalEnvironmentParam, LocalEnvironmentParamParam

__all__ = [
    "FunctionShellToolParamEnvironmentVariant1",
    "FunctionShellToolParamEnvironmentVariant1Param",
]

FunctionShellToolParamEnvironmentVariant1: TypeAlias = Annotated[
    Union[
        Annotated[ContainerAutoParam, Tag("ContainerAutoParam")],
        Annotated[LocalEnvironmentParam, Tag("LocalEnvironmentParam")],
        Annotated[ContainerReferenceParam, Tag("ContainerReferenceParam")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "container_auto": "ContainerAutoParam",
            "local": "LocalEnvironmentParam",
            "container_reference": "ContainerReferenceParam",
        },
    ),
]


FunctionShellToolParamEnvironmentVariant1Param: TypeAlias = (
    ContainerAutoParamParam
    | ContainerAutoParam
    | LocalEnvironmentParamParam
    | LocalEnvironmentParam
    | ContainerReferenceParamParam
    | ContainerReferenceParam
)
"""Request form of :class:`FunctionShellToolParamEnvironmentVariant1`: a dict a type checker can check."""
