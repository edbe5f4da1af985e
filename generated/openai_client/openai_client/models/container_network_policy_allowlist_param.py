"""ContainerNetworkPolicyAllowlistParam."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .container_network_policy_domain_secret_param import (
    ContainerNetworkPolicyDomainSecretParam,
    ContainerNetworkPolicyDomainSecretParamParam,
)

__all__ = ["ContainerNetworkPolicyAllowlistParam", "ContainerNetworkPolicyAllowlistParamParam"]


class ContainerNetworkPolicyAllowlistParam(OagenModel):
    """ContainerNetworkPolicyAllowlistParam"""

    type: Literal["allowlist"]
    """Allow outbound network access only to specified domains. Always `allowlist`.

    Server default: ``"allowlist"``."""

    allowed_domains: list[str]
    """A list of allowed domains when type is `allowlist`."""

    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | None = None
    """Optional domain-scoped secrets for allowlisted domains."""


class ContainerNetworkPolicyAllowlistParamParam(TypedDict, total=False):
    """Request form of :class:`ContainerNetworkPolicyAllowlistParam`: a dict a type checker can check."""

    type: Required[Literal["allowlist"]]
    """Allow outbound network access only to specified domains. Always `allowlist`."""

    allowed_domains: Required[Sequence[str]]
    """A list of allowed domains when type is `allowlist`."""

    domain_secrets: Sequence[
        ContainerNetworkPolicyDomainSecretParamParam | ContainerNetworkPolicyDomainSecretParam
    ]
    """Optional domain-scoped secrets for allowlisted domains."""
