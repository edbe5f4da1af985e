"""Rendering: filters escape spec text; hostile spec strings give code that compiles and imports
and does nothing the spec smuggled in."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.config import adhoc_target
from generator.pipeline import generate
from generator.render.environment import docstring, md, pyrepr
from generator.render.format import format_source

NASTY = [
    '"""; import os; os.system("touch PWNED") #',
    "'''; __import__('os').system('touch PWNED'); '''",
    "back\\slash \\n \\x00 \\",
    "ends with a quote\"",
    "{{ config }} {% for x in y %}{% endfor %}",
    "carriage\rreturn and NUL\x00 and RTL \u202eevil\u202c",
    "ünïcödé 日本語 🚀",
    "x" * 5000,
]


@pytest.mark.parametrize("text", NASTY)
def test_docstring_filter_round_trips_through_python(text: str) -> None:
    source = f'"""{docstring(text)}"""'
    value = eval(compile(source, "<doc>", "eval"))  # the docstring is one string literal...
    cleaned = re.sub("[\x00\u202a-\u202e]", "", text.replace("\r", "\n")).strip()
    expected = "\n".join(line.rstrip() for line in cleaned.split("\n"))
    if expected.endswith('"'):
        expected += " "  # black keeps a space between a final quote and the closing quotes
    assert value == expected  # ...holding exactly the text, minus control characters


@pytest.mark.parametrize("text", NASTY)
def test_pyrepr_is_a_literal(text: str) -> None:
    assert eval(pyrepr(text)) == text


def test_md_escapes_table_cells() -> None:
    assert md("a | b\nc") == "a \\| b c"


def nasty_spec() -> dict[str, Any]:
    desc = "\n".join(NASTY)
    return {
        "openapi": "3.1.0",
        "info": {"title": 'Evil """ API', "version": "1'\"", "description": desc},
        "servers": [{"url": "http://127.0.0.1:1/v1?x='\"\"\""}],
        "paths": {
            "/things/{thing-id}": {
                "get": {
                    "operationId": "get-thing'); import os #",
                    "summary": desc,
                    "tags": ['Tag """ with quotes'],
                    "parameters": [
                        {"name": "thing-id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "class", "in": "query", "description": desc, "schema": {"type": "string", "default": '"""'}},
                        {"name": "X-Evil\"Header", "in": "header", "schema": {"type": "string"}},
                    ],
                    "responses": {"200": {"description": desc, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Client"}}}}},
                }
            }
        },
        "components": {
            "schemas": {
                "Client": {
                    "type": "object",
                    "description": desc,
                    "properties": {
                        "VLAN": {"type": "string", "description": desc, "default": "\\'\"\"\""},
                        "Vlan": {"type": "string", "enum": ['"""', "'''", "a\\b", "{{x}}", "__import__('os')"]},
                        "foo-bar": {"type": "integer"},
                        "foo_bar": {"type": "integer"},
                        "import": {"type": "string", "pattern": "^[\"'\\\\]+$"},
                    },
                },
                "Configuration": {"type": "string", "enum": ["x"]},
                "VLAN": {"type": "object", "properties": {"a": {"type": "string"}}},
                "Vlan": {"type": "object", "properties": {"b": {"type": "string"}}},
            }
        },
    }


def test_hostile_spec_generates_code_that_compiles_imports_and_stays_inert(tmp_path: Path) -> None:
    spec = tmp_path / "evil.json"
    spec.write_text(json.dumps(nasty_spec()))
    out = tmp_path / "out"
    result = generate(adhoc_target(spec, "evil_client", out))
    for rel, data in result.files.items():
        if rel.endswith(".py"):
            compile(data, rel, "exec")
            # laid out by python/layout.py or by black: either way black leaves it unchanged
            assert format_source(data.decode()) == data.decode(), rel
    probe = (
        "import evil_client, evil_client.models as m\n"
        "for name in m._MODULES: getattr(m, name)\n"
        "from evil_client import Client\n"
        "c = Client()\n"
        "api = getattr(c, [k for k in dir(c) if k.startswith('tag')][0])\n"
        "obj = m.ClientModel.model_validate({'VLAN': 'a', 'Vlan': 'b', 'foo-bar': 1, 'foo_bar': 2})\n"
        "assert obj.to_dict() == {'VLAN': 'a', 'Vlan': 'b', 'foo-bar': 1, 'foo_bar': 2}, obj.to_dict()\n"
        "print(sorted(n for n in m._MODULES))\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], cwd=out, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "ClientModel" in proc.stdout and "ConfigurationModel" in proc.stdout
    assert "VLAN" in proc.stdout and "Vlan" in proc.stdout
    assert not (out / "PWNED").exists() and not (tmp_path / "PWNED").exists()
    for folder in (out / "evil_client" / "models", out / "docs" / "models"):
        names = sorted(p.name for p in folder.iterdir())
        assert len({n.casefold() for n in names}) == len(names), names  # no case-only collisions
