"""ContainerReferenceResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ContainerReferenceResource"]


class ContainerReferenceResource(OagenModel):
    """Represents a container created with /v1/containers."""

    type: Literal["container_reference"]
    """The environment type. Always `container_reference`.

    Server default: ``"container_reference"``."""

    container_id: str
