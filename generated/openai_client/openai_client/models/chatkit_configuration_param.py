"""ChatkitConfigurationParam."""

from __future__ import annotations

from typing_extensions import TypedDict

from .._models import OagenModel
from .automatic_thread_titling_param import (
    AutomaticThreadTitlingParam,
    AutomaticThreadTitlingParamParam,
)
from .file_upload_param import FileUploadParam, FileUploadParamParam
from .history_param import HistoryParam, HistoryParamParam

__all__ = ["ChatkitConfigurationParam", "ChatkitConfigurationParamParam"]


class ChatkitConfigurationParam(OagenModel):
    """Optional per-session configuration settings for ChatKit behavior."""

    automatic_thread_titling: AutomaticThreadTitlingParam | None = None
    """Configuration for automatic thread titling. When omitted, automatic thread titling is enabled by default."""

    file_upload: FileUploadParam | None = None
    """Configuration for upload enablement and limits. When omitted, uploads are disabled by default (max_files 10, max_file_size 512 MB)."""

    history: HistoryParam | None = None
    """Configuration for chat history retention. When omitted, history is enabled by default with no limit on recent_threads (null)."""


class ChatkitConfigurationParamParam(TypedDict, total=False):
    """Request form of :class:`ChatkitConfigurationParam`: a dict a type checker can check."""

    automatic_thread_titling: AutomaticThreadTitlingParamParam | AutomaticThreadTitlingParam
    """Configuration for automatic thread titling. When omitted, automatic thread titling is enabled by default."""

    file_upload: FileUploadParamParam | FileUploadParam
    """Configuration for upload enablement and limits. When omitted, uploads are disabled by default (max_files 10, max_file_size 512 MB)."""

    history: HistoryParamParam | HistoryParam
    """Configuration for chat history retention. When omitted, history is enabled by default with no limit on recent_threads (null)."""
