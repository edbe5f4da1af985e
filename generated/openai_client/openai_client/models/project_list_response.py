"""ProjectListResponse."""

from __future__ import annotations

from typing import Literal

from .._models import OagenModel
from .project import Project

__all__ = ["ProjectListResponse"]


class ProjectListResponse(OagenModel):
    """ProjectListResponse"""

    object: Literal["list"]

    data: list[Project]

    first_id: str | None = None

    last_id: str | None = None

    has_more: bool
