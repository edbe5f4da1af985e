"""UpdateOrganizationDataRetentionBody."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["UpdateOrganizationDataRetentionBody"]


class UpdateOrganizationDataRetentionBody(OagenModel):
    """Parameters for updating organization data retention controls."""

    retention_type: (
        Literal[
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ]
        | str
    )
    """The desired organization data retention type."""
