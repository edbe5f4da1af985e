"""OrganizationSpendAlertListResource."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .organization_spend_alert import OrganizationSpendAlert

__all__ = ["OrganizationSpendAlertListResource"]


class OrganizationSpendAlertListResource(OagenModel):
    """Paginated list of organization spend alerts."""

    object: Literal["list"]
    """Always `list`."""

    data: list[OrganizationSpendAlert]
    """Spend alerts returned in the current page."""

    first_id: str | None
    """The ID of the first spend alert in this page."""

    last_id: str | None
    """The ID of the last spend alert in this page."""

    has_more: bool
    """Whether more spend alerts are available when paginating."""
