"""ComputerAction."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .click_param import ClickParam
from .double_click_action import DoubleClickAction
from .drag_param import DragParam
from .key_press_action import KeyPressAction
from .move_param import MoveParam
from .screenshot_param import ScreenshotParam
from .scroll_param import ScrollParam
from .type_param import TypeParam
from .wait_param import WaitParam

__all__ = ["ComputerAction"]

ComputerAction: TypeAlias = Annotated[
    Union[
        Annotated[ClickParam, Tag("ClickParam")],
        Annotated[DoubleClickAction, Tag("DoubleClickAction")],
        Annotated[DragParam, Tag("DragParam")],
        Annotated[KeyPressAction, Tag("KeyPressAction")],
        Annotated[MoveParam, Tag("MoveParam")],
        Annotated[ScreenshotParam, Tag("ScreenshotParam")],
        Annotated[ScrollParam, Tag("ScrollParam")],
        Annotated[TypeParam, Tag("TypeParam")],
        Annotated[WaitParam, Tag("WaitParam")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "click": "ClickParam",
            "double_click": "DoubleClickAction",
            "drag": "DragParam",
            "keypress": "KeyPressAction",
            "move": "MoveParam",
            "screenshot": "ScreenshotParam",
            "scroll": "ScrollParam",
            "type": "TypeParam",
            "wait": "WaitParam",
        },
    ),
]
