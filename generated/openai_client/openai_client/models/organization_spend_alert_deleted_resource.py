"""OrganizationSpendAlertDeletedResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["OrganizationSpendAlertDeletedResource"]


class OrganizationSpendAlertDeletedResource(OagenModel):
    """Confirmation payload returned after deleting an organization spend alert."""

    id: str
    """The deleted spend alert ID."""

    object: Literal["organization.spend_alert.deleted"]
    """Always `organization.spend_alert.deleted`."""

    deleted: bool
    """Whether the spend alert was deleted."""
