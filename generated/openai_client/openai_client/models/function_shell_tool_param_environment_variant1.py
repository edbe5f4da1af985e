"""FunctionShellToolParamEnvironmentVariant1."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .container_auto_param import ContainerAutoParam
from .container_reference_param import ContainerReferenceParam
from .local_environment_param import LocalEnvironmentParam

__all__ = ["FunctionShellToolParamEnvironmentVariant1"]

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
