"""ThreadResourceStatus."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .active_status import ActiveStatus
from .closed_status import ClosedStatus
from .locked_status import LockedStatus

__all__ = ["ThreadResourceStatus"]

ThreadResourceStatus: TypeAlias = Annotated[
    Union[
        Annotated[ActiveStatus, Tag("ActiveStatus")],
        Annotated[LockedStatus, Tag("LockedStatus")],
        Annotated[ClosedStatus, Tag("ClosedStatus")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged("type", {"active": "ActiveStatus", "locked": "LockedStatus", "closed": "ClosedStatus"}),
]
"""Current status for the thread. Defaults to `active` for newly created threads."""
