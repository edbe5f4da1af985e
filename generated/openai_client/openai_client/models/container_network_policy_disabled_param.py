"""ContainerNetworkPolicyDisabledParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["ContainerNetworkPolicyDisabledParam", "ContainerNetworkPolicyDisabledParamParam"]


class ContainerNetworkPolicyDisabledParam(OagenModel):
    """ContainerNetworkPolicyDisabledParam"""

    type: Literal["disabled"]
    """Disable outbound network access. Always `disabled`.

    Server default: ``"disabled"``."""


class ContainerNetworkPolicyDisabledParamParam(TypedDict, total=False):
    """Request form of :class:`ContainerNetworkPolicyDisabledParam`: a dict a type checker can check."""

    type: Required[Literal["disabled"]]
    """Disable outbound network access. Always `disabled`."""
