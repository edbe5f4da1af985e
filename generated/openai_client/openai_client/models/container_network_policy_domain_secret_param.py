"""ContainerNetworkPolicyDomainSecretParam."""

from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = [
    "ContainerNetworkPolicyDomainSecretParam",
    "ContainerNetworkPolicyDomainSecretParamParam",
]


class ContainerNetworkPolicyDomainSecretParam(OagenModel):
    """ContainerNetworkPolicyDomainSecretParam"""

    domain: str
    """The domain associated with the secret."""

    name: str
    """The name of the secret to inject for the domain."""

    value: str
    """The secret value to inject for the domain."""


class ContainerNetworkPolicyDomainSecretParamParam(TypedDict, total=False):
    """Request form of :class:`ContainerNetworkPolicyDomainSecretParam`: a dict a type checker can check."""

    domain: Required[str]
    """The domain associated with the secret."""

    name: Required[str]
    """The name of the secret to inject for the domain."""

    value: Required[str]
    """The secret value to inject for the domain."""
