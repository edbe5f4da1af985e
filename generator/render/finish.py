"""The last touches on a rendered file: the "generated, do not edit" header line and, in
Markdown, root-relative links of spec text resolved against the target's docs base URL.

Python files get a ``#`` comment before the module docstring (black leaves it alone), Markdown an
HTML comment, TOML a ``#`` comment; other files (``py.typed``) stay as they are.
"""

from __future__ import annotations

import re

# ](/docs/...) and <a href="/docs/..."> in Markdown; "//host" is not root-relative
_MD_ROOT_LINK = re.compile(r"(\]\()(/(?!/)[^)\s]*)")
_HTML_ROOT_LINK = re.compile(r"""(href=["'])(/(?!/)[^"'\s]*)""")


def header_line(path: str, header: str) -> str | None:
    """The header as the file's first line, or None for a file that takes none."""
    if not header:
        return None
    if path.endswith((".py", ".toml")):
        return f"# {header}"
    if path.endswith(".md"):
        return "<!-- " + header.replace("--", "- -") + " -->"
    return None


def resolve_root_links(text: str, base_url: str | None) -> str:
    """``[text](/docs/x)`` → ``[text](<base>/docs/x)``; unchanged without a base URL."""
    if not base_url:
        return text
    text = _MD_ROOT_LINK.sub(lambda m: m.group(1) + base_url + m.group(2), text)
    return _HTML_ROOT_LINK.sub(lambda m: m.group(1) + base_url + m.group(2), text)


def finish(path: str, text: str, header: str, base_url: str | None) -> str:
    if path.endswith(".md"):
        text = resolve_root_links(text, base_url)
    line = header_line(path, header)
    return f"{line}\n{text}" if line is not None else text
