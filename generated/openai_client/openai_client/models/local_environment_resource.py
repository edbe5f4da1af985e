"""LocalEnvironmentResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["LocalEnvironmentResource"]


class LocalEnvironmentResource(OagenModel):
    """Represents the use of a local environment to perform shell actions."""

    type: Literal["local"]
    """The environment type. Always `local`.

    Server default: ``"local"``."""
