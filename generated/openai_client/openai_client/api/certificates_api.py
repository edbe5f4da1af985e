"""Certificates operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from .._pagination import AsyncPage, AsyncPager, SyncPage
from ..api_client import ApiClient, AsyncApiClient, Call, RequestOptions, json_body
from ..api_response import ApiResponse
from ..models.certificate import Certificate
from ..models.delete_certificate_response import DeleteCertificateResponse
from ..models.list_certificates_response import ListCertificatesResponse
from ..models.list_project_certificates_response import ListProjectCertificatesResponse
from ..models.modify_certificate_request import ModifyCertificateRequest
from ..models.organization_certificate import OrganizationCertificate
from ..models.organization_certificate_activation_response import (
    OrganizationCertificateActivationResponse,
)
from ..models.organization_certificate_deactivation_response import (
    OrganizationCertificateDeactivationResponse,
)
from ..models.organization_project_certificate import OrganizationProjectCertificate
from ..models.organization_project_certificate_activation_response import (
    OrganizationProjectCertificateActivationResponse,
)
from ..models.organization_project_certificate_deactivation_response import (
    OrganizationProjectCertificateDeactivationResponse,
)
from ..models.toggle_certificates_request import ToggleCertificatesRequest
from ..models.upload_certificate_request import UploadCertificateRequest

__all__ = ["CertificatesApi", "AsyncCertificatesApi"]


def _list_organization_certificates_call(
    limit: int | None,
    after: str | None,
    order: Literal["asc", "desc"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/certificates",
        query={"limit": limit, "after": after, "order": order},
        accept="application/json",
        responses={"200": ("json", ListCertificatesResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _upload_certificate_call(
    upload_certificate_request: UploadCertificateRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/certificates",
        body_kind="json",
        json=json_body(upload_certificate_request, UploadCertificateRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Certificate)},
        security=(("AdminApiKeyAuth",),),
    )


def _activate_organization_certificates_call(
    toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/certificates/activate",
        body_kind="json",
        json=json_body(toggle_certificates_request, ToggleCertificatesRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", OrganizationCertificateActivationResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _deactivate_organization_certificates_call(
    toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/certificates/deactivate",
        body_kind="json",
        json=json_body(toggle_certificates_request, ToggleCertificatesRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", OrganizationCertificateDeactivationResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _get_certificate_call(
    certificate_id: str,
    include: list[Literal["content"]] | None,
) -> Call:
    return Call(
        "GET",
        "/organization/certificates/{certificate_id}",
        path_params={"certificate_id": certificate_id},
        query={"include": include},
        accept="application/json",
        responses={"200": ("json", Certificate)},
        security=(("AdminApiKeyAuth",),),
    )


def _modify_certificate_call(
    certificate_id: str,
    modify_certificate_request: ModifyCertificateRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/certificates/{certificate_id}",
        path_params={"certificate_id": certificate_id},
        body_kind="json",
        json=json_body(modify_certificate_request, ModifyCertificateRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", Certificate)},
        security=(("AdminApiKeyAuth",),),
    )


def _delete_certificate_call(
    certificate_id: str,
) -> Call:
    return Call(
        "DELETE",
        "/organization/certificates/{certificate_id}",
        path_params={"certificate_id": certificate_id},
        accept="application/json",
        responses={"200": ("json", DeleteCertificateResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _list_project_certificates_call(
    project_id: str,
    limit: int | None,
    after: str | None,
    order: Literal["asc", "desc"] | str | None,
) -> Call:
    return Call(
        "GET",
        "/organization/projects/{project_id}/certificates",
        path_params={"project_id": project_id},
        query={"limit": limit, "after": after, "order": order},
        accept="application/json",
        responses={"200": ("json", ListProjectCertificatesResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _activate_project_certificates_call(
    project_id: str,
    toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/certificates/activate",
        path_params={"project_id": project_id},
        body_kind="json",
        json=json_body(toggle_certificates_request, ToggleCertificatesRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", OrganizationProjectCertificateActivationResponse)},
        security=(("AdminApiKeyAuth",),),
    )


def _deactivate_project_certificates_call(
    project_id: str,
    toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
) -> Call:
    return Call(
        "POST",
        "/organization/projects/{project_id}/certificates/deactivate",
        path_params={"project_id": project_id},
        body_kind="json",
        json=json_body(toggle_certificates_request, ToggleCertificatesRequest),
        has_json=True,
        accept="application/json",
        responses={"200": ("json", OrganizationProjectCertificateDeactivationResponse)},
        security=(("AdminApiKeyAuth",),),
    )


class CertificatesApi:
    """Certificates operations."""

    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def list_organization_certificates(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListCertificatesResponse:
        """List uploaded certificates for this organization.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

        Returns:
            ListCertificatesResponse
        """
        response = self.list_organization_certificates_with_http_info(
            limit=limit,
            after=after,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_organization_certificates_with_http_info(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListCertificatesResponse]:
        """Like :meth:`list_organization_certificates`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_organization_certificates_call(limit=limit, after=after, order=order),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_organization_certificates_iter(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[OrganizationCertificate]:
        """Auto-paging :meth:`list_organization_certificates`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[OrganizationCertificate]:
            page = self.list_organization_certificates(
                limit=limit,
                after=cursor,
                order=order,
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

    def upload_certificate(
        self,
        upload_certificate_request: UploadCertificateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Certificate:
        """Upload a certificate to the organization. This does **not** automatically activate the certificate.

        Organizations can upload up to 50 certificates.

        Args:
            upload_certificate_request: The certificate upload payload.

        Returns:
            Certificate
        """
        response = self.upload_certificate_with_http_info(
            upload_certificate_request=upload_certificate_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def upload_certificate_with_http_info(
        self,
        upload_certificate_request: UploadCertificateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Certificate]:
        """Like :meth:`upload_certificate`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _upload_certificate_call(upload_certificate_request=upload_certificate_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def activate_organization_certificates(
        self,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationCertificateActivationResponse:
        """Activate certificates at the organization level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
            toggle_certificates_request: The certificate activation payload.

        Returns:
            OrganizationCertificateActivationResponse
        """
        response = self.activate_organization_certificates_with_http_info(
            toggle_certificates_request=toggle_certificates_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def activate_organization_certificates_with_http_info(
        self,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationCertificateActivationResponse]:
        """Like :meth:`activate_organization_certificates`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _activate_organization_certificates_call(
                toggle_certificates_request=toggle_certificates_request
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

    def deactivate_organization_certificates(
        self,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationCertificateDeactivationResponse:
        """Deactivate certificates at the organization level.

        You can atomically and idempotently deactivate up to 10 certificates at a time.

        Args:
            toggle_certificates_request: The certificate deactivation payload.

        Returns:
            OrganizationCertificateDeactivationResponse
        """
        response = self.deactivate_organization_certificates_with_http_info(
            toggle_certificates_request=toggle_certificates_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def deactivate_organization_certificates_with_http_info(
        self,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationCertificateDeactivationResponse]:
        """Like :meth:`deactivate_organization_certificates`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _deactivate_organization_certificates_call(
                toggle_certificates_request=toggle_certificates_request
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

    def get_certificate(
        self,
        certificate_id: str,
        *,
        include: list[Literal["content"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Certificate:
        """Get a certificate that has been uploaded to the organization.

        You can get a certificate regardless of whether it is active or not.

        Args:
            certificate_id: Unique ID of the certificate to retrieve.
            include: A list of additional fields to include in the response. Currently the only supported value is `content` to fetch the PEM content of the certificate.

        Returns:
            Certificate
        """
        response = self.get_certificate_with_http_info(
            certificate_id=certificate_id,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def get_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        include: list[Literal["content"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Certificate]:
        """Like :meth:`get_certificate`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _get_certificate_call(certificate_id=certificate_id, include=include),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def modify_certificate(
        self,
        certificate_id: str,
        modify_certificate_request: ModifyCertificateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Certificate:
        """Modify a certificate. Note that only the name can be modified.

        Args:
            certificate_id: Unique ID of the certificate to modify.
            modify_certificate_request: The certificate modification payload.

        Returns:
            Certificate
        """
        response = self.modify_certificate_with_http_info(
            certificate_id=certificate_id,
            modify_certificate_request=modify_certificate_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def modify_certificate_with_http_info(
        self,
        certificate_id: str,
        modify_certificate_request: ModifyCertificateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Certificate]:
        """Like :meth:`modify_certificate`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _modify_certificate_call(
                certificate_id=certificate_id, modify_certificate_request=modify_certificate_request
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

    def delete_certificate(
        self,
        certificate_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteCertificateResponse:
        """Delete a certificate from the organization.

        The certificate must be inactive for the organization and all projects.

        Args:
            certificate_id: Unique ID of the certificate to delete.

        Returns:
            DeleteCertificateResponse
        """
        response = self.delete_certificate_with_http_info(
            certificate_id=certificate_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def delete_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteCertificateResponse]:
        """Like :meth:`delete_certificate`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _delete_certificate_call(certificate_id=certificate_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_project_certificates(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListProjectCertificatesResponse:
        """List certificates for this project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

        Returns:
            ListProjectCertificatesResponse
        """
        response = self.list_project_certificates_with_http_info(
            project_id=project_id,
            limit=limit,
            after=after,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def list_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListProjectCertificatesResponse]:
        """Like :meth:`list_project_certificates`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _list_project_certificates_call(
                project_id=project_id, limit=limit, after=after, order=order
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

    def list_project_certificates_iter(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> SyncPage[OrganizationProjectCertificate]:
        """Auto-paging :meth:`list_project_certificates`: iterate for every item of every page, or use ``next_page()``."""

        def fetch(cursor: str | None) -> SyncPage[OrganizationProjectCertificate]:
            page = self.list_project_certificates(
                project_id=project_id,
                limit=limit,
                after=cursor,
                order=order,
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

    def activate_project_certificates(
        self,
        project_id: str,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationProjectCertificateActivationResponse:
        """Activate certificates at the project level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
            project_id: The ID of the project.
            toggle_certificates_request: The certificate activation payload.

        Returns:
            OrganizationProjectCertificateActivationResponse
        """
        response = self.activate_project_certificates_with_http_info(
            project_id=project_id,
            toggle_certificates_request=toggle_certificates_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def activate_project_certificates_with_http_info(
        self,
        project_id: str,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateActivationResponse]:
        """Like :meth:`activate_project_certificates`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _activate_project_certificates_call(
                project_id=project_id, toggle_certificates_request=toggle_certificates_request
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

    def deactivate_project_certificates(
        self,
        project_id: str,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationProjectCertificateDeactivationResponse:
        """Deactivate certificates at the project level. You can atomically and
        idempotently deactivate up to 10 certificates at a time.

        Args:
            project_id: The ID of the project.
            toggle_certificates_request: The certificate deactivation payload.

        Returns:
            OrganizationProjectCertificateDeactivationResponse
        """
        response = self.deactivate_project_certificates_with_http_info(
            project_id=project_id,
            toggle_certificates_request=toggle_certificates_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    def deactivate_project_certificates_with_http_info(
        self,
        project_id: str,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateDeactivationResponse]:
        """Like :meth:`deactivate_project_certificates`, returning the HTTP status, headers and raw body too."""
        return self.api_client.call(
            _deactivate_project_certificates_call(
                project_id=project_id, toggle_certificates_request=toggle_certificates_request
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


class AsyncCertificatesApi:
    """Certificates operations (async)."""

    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def list_organization_certificates(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListCertificatesResponse:
        """List uploaded certificates for this organization.

        Args:
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

        Returns:
            ListCertificatesResponse
        """
        response = await self.list_organization_certificates_with_http_info(
            limit=limit,
            after=after,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_organization_certificates_with_http_info(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListCertificatesResponse]:
        """Like :meth:`list_organization_certificates`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_organization_certificates_call(limit=limit, after=after, order=order),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    def list_organization_certificates_iter(
        self,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[OrganizationCertificate]:
        """Auto-paging :meth:`list_organization_certificates`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[OrganizationCertificate]:
            page = await self.list_organization_certificates(
                limit=limit,
                after=cursor,
                order=order,
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

        async def first() -> AsyncPage[OrganizationCertificate]:
            return await fetch(after)

        return AsyncPager(first)

    async def upload_certificate(
        self,
        upload_certificate_request: UploadCertificateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Certificate:
        """Upload a certificate to the organization. This does **not** automatically activate the certificate.

        Organizations can upload up to 50 certificates.

        Args:
            upload_certificate_request: The certificate upload payload.

        Returns:
            Certificate
        """
        response = await self.upload_certificate_with_http_info(
            upload_certificate_request=upload_certificate_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def upload_certificate_with_http_info(
        self,
        upload_certificate_request: UploadCertificateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Certificate]:
        """Like :meth:`upload_certificate`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _upload_certificate_call(upload_certificate_request=upload_certificate_request),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def activate_organization_certificates(
        self,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationCertificateActivationResponse:
        """Activate certificates at the organization level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
            toggle_certificates_request: The certificate activation payload.

        Returns:
            OrganizationCertificateActivationResponse
        """
        response = await self.activate_organization_certificates_with_http_info(
            toggle_certificates_request=toggle_certificates_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def activate_organization_certificates_with_http_info(
        self,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationCertificateActivationResponse]:
        """Like :meth:`activate_organization_certificates`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _activate_organization_certificates_call(
                toggle_certificates_request=toggle_certificates_request
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

    async def deactivate_organization_certificates(
        self,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationCertificateDeactivationResponse:
        """Deactivate certificates at the organization level.

        You can atomically and idempotently deactivate up to 10 certificates at a time.

        Args:
            toggle_certificates_request: The certificate deactivation payload.

        Returns:
            OrganizationCertificateDeactivationResponse
        """
        response = await self.deactivate_organization_certificates_with_http_info(
            toggle_certificates_request=toggle_certificates_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def deactivate_organization_certificates_with_http_info(
        self,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationCertificateDeactivationResponse]:
        """Like :meth:`deactivate_organization_certificates`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _deactivate_organization_certificates_call(
                toggle_certificates_request=toggle_certificates_request
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

    async def get_certificate(
        self,
        certificate_id: str,
        *,
        include: list[Literal["content"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Certificate:
        """Get a certificate that has been uploaded to the organization.

        You can get a certificate regardless of whether it is active or not.

        Args:
            certificate_id: Unique ID of the certificate to retrieve.
            include: A list of additional fields to include in the response. Currently the only supported value is `content` to fetch the PEM content of the certificate.

        Returns:
            Certificate
        """
        response = await self.get_certificate_with_http_info(
            certificate_id=certificate_id,
            include=include,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def get_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        include: list[Literal["content"]] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Certificate]:
        """Like :meth:`get_certificate`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _get_certificate_call(certificate_id=certificate_id, include=include),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def modify_certificate(
        self,
        certificate_id: str,
        modify_certificate_request: ModifyCertificateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> Certificate:
        """Modify a certificate. Note that only the name can be modified.

        Args:
            certificate_id: Unique ID of the certificate to modify.
            modify_certificate_request: The certificate modification payload.

        Returns:
            Certificate
        """
        response = await self.modify_certificate_with_http_info(
            certificate_id=certificate_id,
            modify_certificate_request=modify_certificate_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def modify_certificate_with_http_info(
        self,
        certificate_id: str,
        modify_certificate_request: ModifyCertificateRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[Certificate]:
        """Like :meth:`modify_certificate`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _modify_certificate_call(
                certificate_id=certificate_id, modify_certificate_request=modify_certificate_request
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

    async def delete_certificate(
        self,
        certificate_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> DeleteCertificateResponse:
        """Delete a certificate from the organization.

        The certificate must be inactive for the organization and all projects.

        Args:
            certificate_id: Unique ID of the certificate to delete.

        Returns:
            DeleteCertificateResponse
        """
        response = await self.delete_certificate_with_http_info(
            certificate_id=certificate_id,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def delete_certificate_with_http_info(
        self,
        certificate_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[DeleteCertificateResponse]:
        """Like :meth:`delete_certificate`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _delete_certificate_call(certificate_id=certificate_id),
            RequestOptions(
                extra_headers,
                extra_query,
                extra_body,
                timeout,
                max_retries,
                strict_response_validation,
            ),
        )

    async def list_project_certificates(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ListProjectCertificatesResponse:
        """List certificates for this project.

        Args:
            project_id: The ID of the project.
            limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.
            after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.
            order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

        Returns:
            ListProjectCertificatesResponse
        """
        response = await self.list_project_certificates_with_http_info(
            project_id=project_id,
            limit=limit,
            after=after,
            order=order,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def list_project_certificates_with_http_info(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[ListProjectCertificatesResponse]:
        """Like :meth:`list_project_certificates`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _list_project_certificates_call(
                project_id=project_id, limit=limit, after=after, order=order
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

    def list_project_certificates_iter(
        self,
        project_id: str,
        *,
        limit: int | None = None,
        after: str | None = None,
        order: Literal["asc", "desc"] | str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> AsyncPager[OrganizationProjectCertificate]:
        """Auto-paging :meth:`list_project_certificates`: iterate with ``async for`` for every item of every page, or ``await`` for the first page."""

        async def fetch(cursor: str | None) -> AsyncPage[OrganizationProjectCertificate]:
            page = await self.list_project_certificates(
                project_id=project_id,
                limit=limit,
                after=cursor,
                order=order,
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

        async def first() -> AsyncPage[OrganizationProjectCertificate]:
            return await fetch(after)

        return AsyncPager(first)

    async def activate_project_certificates(
        self,
        project_id: str,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationProjectCertificateActivationResponse:
        """Activate certificates at the project level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
            project_id: The ID of the project.
            toggle_certificates_request: The certificate activation payload.

        Returns:
            OrganizationProjectCertificateActivationResponse
        """
        response = await self.activate_project_certificates_with_http_info(
            project_id=project_id,
            toggle_certificates_request=toggle_certificates_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def activate_project_certificates_with_http_info(
        self,
        project_id: str,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateActivationResponse]:
        """Like :meth:`activate_project_certificates`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _activate_project_certificates_call(
                project_id=project_id, toggle_certificates_request=toggle_certificates_request
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

    async def deactivate_project_certificates(
        self,
        project_id: str,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> OrganizationProjectCertificateDeactivationResponse:
        """Deactivate certificates at the project level. You can atomically and
        idempotently deactivate up to 10 certificates at a time.

        Args:
            project_id: The ID of the project.
            toggle_certificates_request: The certificate deactivation payload.

        Returns:
            OrganizationProjectCertificateDeactivationResponse
        """
        response = await self.deactivate_project_certificates_with_http_info(
            project_id=project_id,
            toggle_certificates_request=toggle_certificates_request,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
            strict_response_validation=strict_response_validation,
        )
        return response.data

    async def deactivate_project_certificates_with_http_info(
        self,
        project_id: str,
        toggle_certificates_request: ToggleCertificatesRequest | dict[str, Any],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict_response_validation: bool | None = None,
    ) -> ApiResponse[OrganizationProjectCertificateDeactivationResponse]:
        """Like :meth:`deactivate_project_certificates`, returning the HTTP status, headers and raw body too."""
        return await self.api_client.call(
            _deactivate_project_certificates_call(
                project_id=project_id, toggle_certificates_request=toggle_certificates_request
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
