"""ContainerAutoParamNetworkPolicy."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .container_network_policy_allowlist_param import (
    ContainerNetworkPolicyAllowlistParam,
    ContainerNetworkPolicyAllowlistParamParam,
)
from .container_network_policy_disabled_param import (
    ContainerNetworkPolicyDisabledParam,
    ContainerNetworkPolicyDisabledParamParam,
)

__all__ = ["ContainerAutoParamNetworkPolicy", "ContainerAutoParamNetworkPolicyParam"]

ContainerAutoParamNetworkPolicy: TypeAlias = Annotated[
    Union[
        Annotated[ContainerNetworkPolicyDisabledParam, Tag("ContainerNetworkPolicyDisabledParam")],
        Annotated[
            ContainerNetworkPolicyAllowlistParam, Tag("ContainerNetworkPolicyAllowlistParam")
        ],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "disabled": "ContainerNetworkPolicyDisabledParam",
            "allowlist": "ContainerNetworkPolicyAllowlistParam",
        },
    ),
]
"""Network access policy for the container."""


ContainerAutoParamNetworkPolicyParam: TypeAlias = (
    ContainerNetworkPolicyDisabledParamParam
    | ContainerNetworkPolicyDisabledParam
    | ContainerNetworkPolicyAllowlistParamParam
    | ContainerNetworkPolicyAllowlistParam
)
"""Request form of :class:`ContainerAutoParamNetworkPolicy`: a dict a type checker can check."""
