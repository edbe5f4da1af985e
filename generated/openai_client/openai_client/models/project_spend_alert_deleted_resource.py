"""ProjectSpendAlertDeletedResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel

__all__ = ["ProjectSpendAlertDeletedResource"]


class ProjectSpendAlertDeletedResource(OagenModel):
    """Confirmation payload returned after deleting a project spend alert."""

    id: str
    """The deleted spend alert ID."""

    object: Literal["project.spend_alert.deleted"]
    """Always `project.spend_alert.deleted`."""

    deleted: bool
    """Whether the spend alert was deleted."""
