"""UpdateVectorStoreRequestExpiresAfter."""

from __future__ import annotations


from .vector_store_expiration_after import VectorStoreExpirationAfter

__all__ = ["UpdateVectorStoreRequestExpiresAfter"]


class UpdateVectorStoreRequestExpiresAfter(VectorStoreExpirationAfter):
    """UpdateVectorStoreRequestExpiresAfter"""
