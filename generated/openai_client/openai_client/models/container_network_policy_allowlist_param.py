"""ContainerNetworkPolicyAllowlistParam."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .container_network_policy_domain_secret_param import ContainerNetworkPolicyDomainSecretParam

__all__ = ["ContainerNetworkPolicyAllowlistParam"]


class ContainerNetworkPolicyAllowlistParam(OagenModel):
    """ContainerNetworkPolicyAllowlistParam"""

    type: Literal["allowlist"]
    """Allow outbound network access only to specified domains. Always `allowlist`.

    Server default: ``"allowlist"``."""

    allowed_domains: list[str]
    """A list of allowed domains when type is `allowlist`."""

    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | None = None
    """Optional domain-scoped secrets for allowlisted domains."""
