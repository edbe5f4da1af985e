"""DragParam."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel
from .coord_param import CoordParam, CoordParamParam

__all__ = ["DragParam", "DragParamParam"]


class DragParam(OagenModel):
    """A drag action."""

    type: Literal["drag"]
    """Specifies the event type. For a drag action, this property is always set to `drag`.

    Server default: ``"drag"``."""

    path: list[CoordParam]
    """An array of coordinates representing the path of the drag action. Coordinates will appear as an array of objects, eg
    ```
    [
      { x: 100, y: 200 },
      { x: 200, y: 300 }
    ]
    ```"""

    keys: list[str] | None = None


class DragParamParam(TypedDict, total=False):
    """Request form of :class:`DragParam`: a dict a type checker can check."""

    type: Required[Literal["drag"]]
    """Specifies the event type. For a drag action, this property is always set to `drag`."""

    path: Required[Sequence[CoordParamParam | CoordParam]]
    """An array of coordinates representing the path of the drag action. Coordinates will appear as an array of objects, eg
    ```
    [
      { x: 100, y: 200 },
      { x: 200, y: 300 }
    ]
    ```"""

    keys: Sequence[str] | None
