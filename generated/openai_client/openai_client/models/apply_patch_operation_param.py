"""ApplyPatchOperationParam."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .apply_patch_create_file_operation_param import (
    ApplyPatchCreateFileOperationParam,
    ApplyPatchCreateFileOperationParamParam,
)
from .apply_patch_delete_file_operation_param import (
    ApplyPatchDeleteFileOperationParam,
    ApplyPatchDeleteFileOperationParamParam,
)
from .apply_patch_update_file_operation_param import (
    ApplyPatchUpdateFileOperationParam,
    ApplyPatchUpdateFileOperationParamParam,
)

__all__ = ["ApplyPatchOperationParam", "ApplyPatchOperationParamParam"]

ApplyPatchOperationParam: TypeAlias = Annotated[
    Union[
        Annotated[ApplyPatchCreateFileOperationParam, Tag("ApplyPatchCreateFileOperationParam")],
        Annotated[ApplyPatchDeleteFileOperationParam, Tag("ApplyPatchDeleteFileOperationParam")],
        Annotated[ApplyPatchUpdateFileOperationParam, Tag("ApplyPatchUpdateFileOperationParam")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "create_file": "ApplyPatchCreateFileOperationParam",
            "delete_file": "ApplyPatchDeleteFileOperationParam",
            "update_file": "ApplyPatchUpdateFileOperationParam",
        },
    ),
]
"""One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool."""


ApplyPatchOperationParamParam: TypeAlias = (
    ApplyPatchCreateFileOperationParamParam
    | ApplyPatchCreateFileOperationParam
    | ApplyPatchDeleteFileOperationParamParam
    | ApplyPatchDeleteFileOperationParam
    | ApplyPatchUpdateFileOperationParamParam
    | ApplyPatchUpdateFileOperationParam
)
"""Request form of :class:`ApplyPatchOperationParam`: a dict a type checker can check."""
