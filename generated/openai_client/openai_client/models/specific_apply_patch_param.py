"""SpecificApplyPatchParam."""

from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

from .._models import OagenModel

__all__ = ["SpecificApplyPatchParam", "SpecificApplyPatchParamParam"]


class SpecificApplyPatchParam(OagenModel):
    """Forces the model to call the apply_patch tool when executing a tool call."""

    type: Literal["apply_patch"]
    """The tool to call. Always `apply_patch`.

    Server default: ``"apply_patch"``."""


class SpecificApplyPatchParamParam(TypedDict, total=False):
    """Request form of :class:`SpecificApplyPatchParam`: a dict a type checker can check."""

    type: Required[Literal["apply_patch"]]
    """The tool to call. Always `apply_patch`."""
