"""ContainerReferenceParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ContainerReferenceParam"]


class ContainerReferenceParam(OagenModel):
    """ContainerReferenceParam"""

    type: Literal["container_reference"]
    """References a container created with the /v1/containers endpoint

    Server default: ``"container_reference"``."""

    container_id: str
    """The ID of the referenced container."""
