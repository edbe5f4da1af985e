"""OrganisationIdList."""

from __future__ import annotations

from typing import TypeAlias

from .organisation_id import OrganisationId

__all__ = ["OrganisationIdList"]

OrganisationIdList: TypeAlias = list[OrganisationId | str]
