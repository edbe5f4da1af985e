"""ContainerResourceNetworkPolicy."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ContainerResourceNetworkPolicy"]


class ContainerResourceNetworkPolicy(OagenModel):
    """Network access policy for the container."""

    type: Literal["allowlist", "disabled"] | str
    """The network policy mode."""

    allowed_domains: list[str] | None = None
    """Allowed outbound domains when `type` is `allowlist`."""
