"""UpdateOrganizationDataRetentionBody."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["UpdateOrganizationDataRetentionBody", "UpdateOrganizationDataRetentionBodyParam"]


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


class UpdateOrganizationDataRetentionBodyParam(TypedDict, total=False):
    """Request form of :class:`UpdateOrganizationDataRetentionBody`: a dict a type checker can check."""

    retention_type: Required[
        Literal[
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ]
    ]
    """The desired organization data retention type."""
