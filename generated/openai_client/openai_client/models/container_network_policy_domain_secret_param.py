"""ContainerNetworkPolicyDomainSecretParam."""

from __future__ import annotations

from .._models import OagenModel

__all__ = ["ContainerNetworkPolicyDomainSecretParam"]


class ContainerNetworkPolicyDomainSecretParam(OagenModel):
    """ContainerNetworkPolicyDomainSecretParam"""

    domain: str
    """The domain associated with the secret."""

    name: str
    """The name of the secret to inject for the domain."""

    value: str
    """The secret value to inject for the domain."""
