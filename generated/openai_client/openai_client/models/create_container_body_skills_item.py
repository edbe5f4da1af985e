"""CreateContainerBodySkillsItem."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .inline_skill_param import InlineSkillParam, InlineSkillParamParam
from .skill_reference_param import SkillReferenceParam, SkillReferenceParamParam

__all__ = ["CreateContainerBodySkillsItem", "CreateContainerBodySkillsItemParam"]

CreateContainerBodySkillsItem: TypeAlias = Annotated[
    Union[
        Annotated[SkillReferenceParam, Tag("SkillReferenceParam")],
        Annotated[InlineSkillParam, Tag("InlineSkillParam")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged("type", {"skill_reference": "SkillReferenceParam", "inline": "InlineSkillParam"}),
]


CreateContainerBodySkillsItemParam: TypeAlias = (
    SkillReferenceParamParam | SkillReferenceParam | InlineSkillParamParam | InlineSkillParam
)
"""Request form of :class:`CreateContainerBodySkillsItem`: a dict a type checker can check."""
