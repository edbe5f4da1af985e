"""UpdateProjectDataRetentionBody."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["UpdateProjectDataRetentionBody", "UpdateProjectDataRetentionBodyParam"]


class UpdateProjectDataRetentionBody(OagenModel):
    """Parameters for updating project data retention controls."""

    retention_type: (
        Literal[
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ]
        | str
    )
    """The desired project data retention type."""


class UpdateProjectDataRetentionBodyParam(TypedDict, total=False):
    """Request form of :class:`UpdateProjectDataRetentionBody`: a dict a type checker can check."""

    retention_type: Required[
        Literal[
            "organization_default",
            "none",
            "zero_data_retention",
            "modified_abuse_monitoring",
            "enhanced_zero_data_retention",
            "enhanced_modified_abuse_monitoring",
        ]
    ]
    """The desired project data retention type."""
