"""ContainerReferenceParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ContainerReferenceParam", "ContainerReferenceParamParam"]


class ContainerReferenceParam(OagenModel):
    """ContainerReferenceParam"""

    type: Literal["container_reference"]
    """References a container created with the /v1/containers endpoint

    Server default: ``"container_reference"``."""

    container_id: str
    """The ID of the referenced container."""


class ContainerReferenceParamParam(TypedDict, total=False):
    """Request form of :class:`ContainerReferenceParam`: a dict a type checker can check."""

    type: Required[Literal["container_reference"]]
    """References a container created with the /v1/containers endpoint"""

    container_id: Required[str]
    """The ID of the referenced container."""
