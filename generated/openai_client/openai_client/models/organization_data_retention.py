"""OrganizationDataRetention."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["OrganizationDataRetention"]


class OrganizationDataRetention(OagenModel):
    """Represents the organization's data retention control setting."""

    object: Literal["organization.data_retention"]
    """The object type, which is always `organization.data_retention`."""

    type: (
        Literal[
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ]
        | str
    )
    """The configured organization data retention type."""
