"""ContainerNetworkPolicyDisabledParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ContainerNetworkPolicyDisabledParam"]


class ContainerNetworkPolicyDisabledParam(OagenModel):
    """ContainerNetworkPolicyDisabledParam"""

    type: Literal["disabled"]
    """Disable outbound network access. Always `disabled`.

    Server default: ``"disabled"``."""
