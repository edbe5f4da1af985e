"""``servers`` → base URLs (variables replaced by their defaults)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.ir import model as m


def servers(doc: Mapping[str, Any]) -> tuple[m.Server, ...]:
    out = []
    for server in doc.get("servers") or []:
        if isinstance(server, Mapping) and isinstance(server.get("url"), str):
            url = server["url"]
            for var, spec in (server.get("variables") or {}).items():
                if isinstance(spec, Mapping) and "default" in spec:
                    url = url.replace("{" + str(var) + "}", str(spec["default"]))
            out.append(m.Server(url.rstrip("/") or "/", str(server.get("description") or "")))
    return tuple(out) or (m.Server("http://localhost"),)
