"""Skills operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, FileTypes, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.deleted_skill_resource import DeletedSkillResource
from ..models.deleted_skill_version_resource import DeletedSkillVersionResource
from ..models.order_enum import OrderEnum
from ..models.set_default_skill_version_body import SetDefaultSkillVersionBody
from ..models.skill_list_resource import SkillListResource
from ..models.skill_resource import SkillResource
from ..models.skill_version_list_resource import SkillVersionListResource
from ..models.skill_version_resource import SkillVersionResource

__all__ = ["SkillsApi", "AsyncSkillsApi"]


def _list_skills_call(
    limit: int | None,
    order: OrderEnum | str | None,
    after: str | None,
) -> Call:
    return Call(
        "GET",
        "/skills",
        query={"limit": limit, "order": order, "after": after},
        accept="application/json",
        responses={"200": ("json", SkillListResource)},
        security=(("ApiKeyAuth",),),
    )


def _create_skill_call(
    files: list[FileTypes] | FileTypes,
) -> Call:
    return Call(
        "POST",
        "/skills",
        body_kind="multipart",
        form={},
        files={"files": files},
        accept="application/json",
        responses={"200": ("json", SkillResource)},
        security=(("ApiKeyAuth",),),
    )


def _get_skill_call(
    skill_id: str,
) -> Call:
    return Call(
        "GET",
        "/skills/{skill_id}",
        path_params={"skill_id": skill_id},
        accept="application/json",
        responses={"200": ("json", SkillResource)},
        security=(("ApiKeyAuth",),),
    )


def _update_skill_default_version_call(
    skill_id: str,
    set_default_skill_version_body: SetDefaultSkillVersionBody | dict[str, Any] | None,
) -> Call:
    return Call(
        "POST",
        "/skills/{skill_id}",
        path_params={"skill_id": skill_id},
        body_kind="json",
        json=json_body(set_default_skill_version_body, SetDefaultSkillVersionBody),
        has_json=set_default_skill_version_body is not None,
        accept="application/json",
        responses={"200": ("json", SkillResource)},
        security=(("ApiKeyAuth",),),
    )


def _delete_skill_call(
    skill_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/skills/{skill_id}",
        path_params={"skill_id": skill_id},
        accept="application/json",
        responses={"200": ("json", DeletedSkillResource)},
        security=(("ApiKeyAuth",),),
    )


def _get_skill_content_call(
    skill_id: str,
) -> Call:
    return Call(
        "GET",
        "/skills/{skill_id}/content",
        path_params={"skill_id": skill_id},
        accept="application/json, application/zip",
        responses={"200": ("json", str)},
        security=(("ApiKeyAuth",),),
    )


def _list_skill_versions_call(
    skill_id: str,
    limit: int | None,
    order: OrderEnum | str | None,
    after: str | None,
) -> Call:
    return Call(
        "GET",
        "/skills/{skill_id}/versions",
        path_params={"skill_id": skill_id},
        query={"limit": limit, "order": order, "after": after},
        accept="application/json",
        responses={"200": ("json", SkillVersionListResource)},
        security=(("ApiKeyAuth",),),
    )


def _create_skill_version_call(
    skill_id: str,
    files: list[FileTypes] | FileTypes,
    default: bool | None,
) -> Call:
    return Call(
        "POST",
        "/skills/{skill_id}/versions",
        path_params={"skill_id": skill_id},
        body_kind="multipart",
        form={"default": default},
        files={"files": files},
        accept="application/json",
        responses={"200": ("json", SkillVersionResource)},
        security=(("ApiKeyAuth",),),
    )


def _get_skill_version_call(
    skill_id: str,
    version: str,
) -> Call:
    return Call(
        "GET",
        "/skills/{skill_id}/versions/{version}",
        path_params={"skill_id": skill_id, "version": version},
        accept="application/json",
        responses={"200": ("json", SkillVersionResource)},
        security=(("ApiKeyAuth",),),
    )


def _delete_skill_version_call(
    skill_id: str,
    version: str,
) -> Call:
    return Call(
        "DELETE",
        "/skills/{skill_id}/versions/{version}",
        path_params={"skill_id": skill_id, "version": version},
        accept="application/json",
        responses={"200": ("json", DeletedSkillVersionResource)},
        security=(("ApiKeyAuth",),),
    )


def _get_skill_version_content_call(
    skill_id: str,
    version: str,
) -> Call:
    return Call(
        "GET",
        "/skills/{skill_id}/versions/{version}/content",
        path_params={"skill_id": skill_id, "version": version},
        accept="application/json, application/zip",
        responses={"200": ("json", str)},
        security=(("ApiKeyAuth",),),
    )


class SkillsApi:
    """Skills operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_skills(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillListResource:
        """List all skills for the current project.

        Args:
            limit: Number of items to retrieve
            order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
            after: Identifier for the last item from the previous pagination request

        Returns:
            SkillListResource
        """
        response = self.list_skills_with_http_info(
            limit=limit,
            order=order,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_skills_with_http_info(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillListResource]:
        """Like :meth:`list_skills`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_skills_call(limit=limit, order=order, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_skills_iter(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[SkillResource]:
        """Auto-paging :meth:`list_skills`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[SkillResource]:
            page = self.list_skills(
                limit=limit,
                order=order,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return SyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        return fetch(after)

    def create_skill(
        self,
        *,
        files: list[FileTypes] | FileTypes,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillResource:
        """Create a new skill.

        Args:
            files: list[FileTypes] | FileTypes

        Returns:
            SkillResource
        """
        response = self.create_skill_with_http_info(
            files=files,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_skill_with_http_info(
        self,
        *,
        files: list[FileTypes] | FileTypes,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillResource]:
        """Like :meth:`create_skill`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_skill_call(files=files),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_skill(
        self,
        skill_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillResource:
        """Get a skill by its ID.

        Args:
            skill_id: The identifier of the skill to retrieve.

        Returns:
            SkillResource
        """
        response = self.get_skill_with_http_info(
            skill_id=skill_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_skill_with_http_info(
        self,
        skill_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillResource]:
        """Like :meth:`get_skill`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_skill_call(skill_id=skill_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def update_skill_default_version(
        self,
        skill_id: str,
        *,
        set_default_skill_version_body: SetDefaultSkillVersionBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillResource:
        """Update the default version pointer for a skill.

        Args:
            skill_id: The identifier of the skill.
            set_default_skill_version_body: SetDefaultSkillVersionBody

        Returns:
            SkillResource
        """
        response = self.update_skill_default_version_with_http_info(
            skill_id=skill_id,
            set_default_skill_version_body=set_default_skill_version_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def update_skill_default_version_with_http_info(
        self,
        skill_id: str,
        *,
        set_default_skill_version_body: SetDefaultSkillVersionBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillResource]:
        """Like :meth:`update_skill_default_version`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _update_skill_default_version_call(
                skill_id=skill_id, set_default_skill_version_body=set_default_skill_version_body
            ),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_skill(
        self,
        skill_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeletedSkillResource:
        """Delete a skill by its ID.

        Args:
            skill_id: The identifier of the skill to delete.

        Returns:
            DeletedSkillResource
        """
        response = self.delete_skill_with_http_info(
            skill_id=skill_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_skill_with_http_info(
        self,
        skill_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeletedSkillResource]:
        """Like :meth:`delete_skill`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_skill_call(skill_id=skill_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_skill_content(
        self,
        skill_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> str:
        """Download a skill zip bundle by its ID.

        Args:
            skill_id: The identifier of the skill to download.

        Returns:
            str
        """
        response = self.get_skill_content_with_http_info(
            skill_id=skill_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_skill_content_with_http_info(
        self,
        skill_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[str]:
        """Like :meth:`get_skill_content`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_skill_content_call(skill_id=skill_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_skill_versions(
        self,
        skill_id: str,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillVersionListResource:
        """List skill versions for a skill.

        Args:
            skill_id: The identifier of the skill.
            limit: Number of versions to retrieve.
            order: Sort order of results by version number.
            after: The skill version ID to start after.

        Returns:
            SkillVersionListResource
        """
        response = self.list_skill_versions_with_http_info(
            skill_id=skill_id,
            limit=limit,
            order=order,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_skill_versions_with_http_info(
        self,
        skill_id: str,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillVersionListResource]:
        """Like :meth:`list_skill_versions`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_skill_versions_call(skill_id=skill_id, limit=limit, order=order, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_skill_versions_iter(
        self,
        skill_id: str,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[SkillVersionResource]:
        """Auto-paging :meth:`list_skill_versions`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[SkillVersionResource]:
            page = self.list_skill_versions(
                skill_id=skill_id,
                limit=limit,
                order=order,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return SyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        return fetch(after)

    def create_skill_version(
        self,
        skill_id: str,
        *,
        files: list[FileTypes] | FileTypes,
        default: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillVersionResource:
        """Create a new immutable skill version.

        Args:
            skill_id: The identifier of the skill to version.
            files: list[FileTypes] | FileTypes
            default: Whether to set this version as the default.

        Returns:
            SkillVersionResource
        """
        response = self.create_skill_version_with_http_info(
            skill_id=skill_id,
            files=files,
            default=default,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def create_skill_version_with_http_info(
        self,
        skill_id: str,
        *,
        files: list[FileTypes] | FileTypes,
        default: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillVersionResource]:
        """Like :meth:`create_skill_version`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _create_skill_version_call(skill_id=skill_id, files=files, default=default),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_skill_version(
        self,
        skill_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillVersionResource:
        """Get a specific skill version.

        Args:
            skill_id: The identifier of the skill.
            version: The version number to retrieve.

        Returns:
            SkillVersionResource
        """
        response = self.get_skill_version_with_http_info(
            skill_id=skill_id,
            version=version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_skill_version_with_http_info(
        self,
        skill_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillVersionResource]:
        """Like :meth:`get_skill_version`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_skill_version_call(skill_id=skill_id, version=version),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def delete_skill_version(
        self,
        skill_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeletedSkillVersionResource:
        """Delete a skill version.

        Args:
            skill_id: The identifier of the skill.
            version: The skill version number.

        Returns:
            DeletedSkillVersionResource
        """
        response = self.delete_skill_version_with_http_info(
            skill_id=skill_id,
            version=version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_skill_version_with_http_info(
        self,
        skill_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeletedSkillVersionResource]:
        """Like :meth:`delete_skill_version`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_skill_version_call(skill_id=skill_id, version=version),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def get_skill_version_content(
        self,
        skill_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> str:
        """Download a skill version zip bundle.

        Args:
            skill_id: The identifier of the skill.
            version: The skill version number.

        Returns:
            str
        """
        response = self.get_skill_version_content_with_http_info(
            skill_id=skill_id,
            version=version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_skill_version_content_with_http_info(
        self,
        skill_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[str]:
        """Like :meth:`get_skill_version_content`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_skill_version_content_call(skill_id=skill_id, version=version),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )


class AsyncSkillsApi:
    """Skills operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_skills(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillListResource:
        """List all skills for the current project.

        Args:
            limit: Number of items to retrieve
            order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
            after: Identifier for the last item from the previous pagination request

        Returns:
            SkillListResource
        """
        response = await self.list_skills_with_http_info(
            limit=limit,
            order=order,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_skills_with_http_info(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillListResource]:
        """Like :meth:`list_skills`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_skills_call(limit=limit, order=order, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_skills_iter(
        self,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[SkillResource]:
        """Auto-paging :meth:`list_skills`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[SkillResource]:
            page = await self.list_skills(
                limit=limit,
                order=order,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return AsyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        async def first() -> AsyncPage[SkillResource]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_skill(
        self,
        *,
        files: list[FileTypes] | FileTypes,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillResource:
        """Create a new skill.

        Args:
            files: list[FileTypes] | FileTypes

        Returns:
            SkillResource
        """
        response = await self.create_skill_with_http_info(
            files=files,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_skill_with_http_info(
        self,
        *,
        files: list[FileTypes] | FileTypes,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillResource]:
        """Like :meth:`create_skill`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_skill_call(files=files),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_skill(
        self,
        skill_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillResource:
        """Get a skill by its ID.

        Args:
            skill_id: The identifier of the skill to retrieve.

        Returns:
            SkillResource
        """
        response = await self.get_skill_with_http_info(
            skill_id=skill_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_skill_with_http_info(
        self,
        skill_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillResource]:
        """Like :meth:`get_skill`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_skill_call(skill_id=skill_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def update_skill_default_version(
        self,
        skill_id: str,
        *,
        set_default_skill_version_body: SetDefaultSkillVersionBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillResource:
        """Update the default version pointer for a skill.

        Args:
            skill_id: The identifier of the skill.
            set_default_skill_version_body: SetDefaultSkillVersionBody

        Returns:
            SkillResource
        """
        response = await self.update_skill_default_version_with_http_info(
            skill_id=skill_id,
            set_default_skill_version_body=set_default_skill_version_body,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def update_skill_default_version_with_http_info(
        self,
        skill_id: str,
        *,
        set_default_skill_version_body: SetDefaultSkillVersionBody | dict[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillResource]:
        """Like :meth:`update_skill_default_version`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _update_skill_default_version_call(
                skill_id=skill_id, set_default_skill_version_body=set_default_skill_version_body
            ),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_skill(
        self,
        skill_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeletedSkillResource:
        """Delete a skill by its ID.

        Args:
            skill_id: The identifier of the skill to delete.

        Returns:
            DeletedSkillResource
        """
        response = await self.delete_skill_with_http_info(
            skill_id=skill_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_skill_with_http_info(
        self,
        skill_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeletedSkillResource]:
        """Like :meth:`delete_skill`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_skill_call(skill_id=skill_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_skill_content(
        self,
        skill_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> str:
        """Download a skill zip bundle by its ID.

        Args:
            skill_id: The identifier of the skill to download.

        Returns:
            str
        """
        response = await self.get_skill_content_with_http_info(
            skill_id=skill_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_skill_content_with_http_info(
        self,
        skill_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[str]:
        """Like :meth:`get_skill_content`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_skill_content_call(skill_id=skill_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_skill_versions(
        self,
        skill_id: str,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillVersionListResource:
        """List skill versions for a skill.

        Args:
            skill_id: The identifier of the skill.
            limit: Number of versions to retrieve.
            order: Sort order of results by version number.
            after: The skill version ID to start after.

        Returns:
            SkillVersionListResource
        """
        response = await self.list_skill_versions_with_http_info(
            skill_id=skill_id,
            limit=limit,
            order=order,
            after=after,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_skill_versions_with_http_info(
        self,
        skill_id: str,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillVersionListResource]:
        """Like :meth:`list_skill_versions`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_skill_versions_call(skill_id=skill_id, limit=limit, order=order, after=after),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_skill_versions_iter(
        self,
        skill_id: str,
        *,
        limit: int | None = None,
        order: OrderEnum | str | None = None,
        after: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[SkillVersionResource]:
        """Auto-paging :meth:`list_skill_versions`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[SkillVersionResource]:
            page = await self.list_skill_versions(
                skill_id=skill_id,
                limit=limit,
                order=order,
                after=cursor,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
                strict_response_validation=strict_response_validation,
            )
            items = list(page.data or [])
            next_cursor = page.last_id
            return AsyncPage(page, items, bool(page.has_more), next_cursor, fetch)

        async def first() -> AsyncPage[SkillVersionResource]:
            return await fetch(after)

        return AsyncPager(first)

    async def create_skill_version(
        self,
        skill_id: str,
        *,
        files: list[FileTypes] | FileTypes,
        default: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillVersionResource:
        """Create a new immutable skill version.

        Args:
            skill_id: The identifier of the skill to version.
            files: list[FileTypes] | FileTypes
            default: Whether to set this version as the default.

        Returns:
            SkillVersionResource
        """
        response = await self.create_skill_version_with_http_info(
            skill_id=skill_id,
            files=files,
            default=default,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def create_skill_version_with_http_info(
        self,
        skill_id: str,
        *,
        files: list[FileTypes] | FileTypes,
        default: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillVersionResource]:
        """Like :meth:`create_skill_version`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _create_skill_version_call(skill_id=skill_id, files=files, default=default),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_skill_version(
        self,
        skill_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SkillVersionResource:
        """Get a specific skill version.

        Args:
            skill_id: The identifier of the skill.
            version: The version number to retrieve.

        Returns:
            SkillVersionResource
        """
        response = await self.get_skill_version_with_http_info(
            skill_id=skill_id,
            version=version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_skill_version_with_http_info(
        self,
        skill_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[SkillVersionResource]:
        """Like :meth:`get_skill_version`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_skill_version_call(skill_id=skill_id, version=version),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def delete_skill_version(
        self,
        skill_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeletedSkillVersionResource:
        """Delete a skill version.

        Args:
            skill_id: The identifier of the skill.
            version: The skill version number.

        Returns:
            DeletedSkillVersionResource
        """
        response = await self.delete_skill_version_with_http_info(
            skill_id=skill_id,
            version=version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_skill_version_with_http_info(
        self,
        skill_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeletedSkillVersionResource]:
        """Like :meth:`delete_skill_version`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_skill_version_call(skill_id=skill_id, version=version),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def get_skill_version_content(
        self,
        skill_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> str:
        """Download a skill version zip bundle.

        Args:
            skill_id: The identifier of the skill.
            version: The skill version number.

        Returns:
            str
        """
        response = await self.get_skill_version_content_with_http_info(
            skill_id=skill_id,
            version=version,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_skill_version_content_with_http_info(
        self,
        skill_id: str,
        version: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[str]:
        """Like :meth:`get_skill_version_content`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_skill_version_content_call(skill_id=skill_id, version=version),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )
