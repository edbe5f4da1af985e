"""FunctionShellCallEnvironmentVariant1."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .container_reference_resource import ContainerReferenceResource
from .local_environment_resource import LocalEnvironmentResource

__all__ = ["FunctionShellCallEnvironmentVariant1"]

FunctionShellCallEnvironmentVariant1: TypeAlias = Annotated[
    Union[
        Annotated[LocalEnvironmentResource, Tag("LocalEnvironmentResource")],
        Annotated[ContainerReferenceResource, Tag("ContainerReferenceResource")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {"local": "LocalEnvironmentResource", "container_reference": "ContainerReferenceResource"},
    ),
]
