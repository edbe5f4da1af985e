"""ApplyPatchToolCallOperation."""

from __future__ import annotations

from typing import Annotated, TypeAlias, Union

from pydantic import Tag

from .._models import UnknownVariant, tagged
from .apply_patch_create_file_operation import ApplyPatchCreateFileOperation
from .apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
from .apply_patch_update_file_operation import ApplyPatchUpdateFileOperation

__all__ = ["ApplyPatchToolCallOperation"]

ApplyPatchToolCallOperation: TypeAlias = Annotated[
    Union[
        Annotated[ApplyPatchCreateFileOperation, Tag("ApplyPatchCreateFileOperation")],
        Annotated[ApplyPatchDeleteFileOperation, Tag("ApplyPatchDeleteFileOperation")],
        Annotated[ApplyPatchUpdateFileOperation, Tag("ApplyPatchUpdateFileOperation")],
        Annotated[UnknownVariant, Tag("UnknownVariant")],
    ],
    tagged(
        "type",
        {
            "create_file": "ApplyPatchCreateFileOperation",
            "delete_file": "ApplyPatchDeleteFileOperation",
            "update_file": "ApplyPatchUpdateFileOperation",
        },
    ),
]
"""One of the create_file, delete_file, or update_file operations applied via apply_patch."""
