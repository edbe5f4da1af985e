"""ComputerAction."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .click_param import ClickParam, ClickParamParam
from .double_click_action import DoubleClickAction, DoubleClickActionParam
from .drag_param import DragParam, DragParamParam
from .key_press_action import KeyPressAction, KeyPressActionParam
from .move_param import MoveParam, MoveParamParam
from .screenshot_param import ScreenshotParam, ScreenshotParamParam
from .scroll_param import ScrollParam, ScrollParamParam
from .type_param import TypeParam, TypeParamParam
from .wait_param import WaitParam, WaitParamParam

__all__ = ["ComputerAction", "ComputerActionParam"]

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


ComputerActionParam: TypeAlias = (
    ClickParamParam
    | ClickParam
    | DoubleClickActionParam
    | DoubleClickAction
    | DragParamParam
    | DragParam
    | KeyPressActionParam
    | KeyPressAction
    | MoveParamParam
    | MoveParam
    | ScreenshotParamParam
    | ScreenshotParam
    | ScrollParamParam
    | ScrollParam
    | TypeParamParam
    | TypeParam
    | WaitParamParam
    | WaitParam
)
"""Request form of :class:`ComputerAction`: a dict a type checker can check."""
