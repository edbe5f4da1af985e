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
# ](../x) in spec text: relative to the spec's own reference page; oagen's own links all name a
# .md file, so a dot-relative link to anything else came from the spec
_MD_DOT_LINK = re.compile(r"(\]\()((?:\.\./|\./)+)(?![^)\s]*\.md(?:#[^)\s]*)?\))([^)\s]*\))")


def header_line(path: str, header: str) -> str | None:
    """The header as the file's first line, or None for a file that takes none."""
    if not header:
        return None
    if path.endswith((".py", ".toml")):
        return f"# {header}"
    if path.endswith(".md"):
        return "<!-- " + header.replace("--", "- -") + " -->"
    return None


def resolve_root_links(text: str, base_url: str | None, relative_base: str | None = None) -> str:
    """``[text](/docs/x)`` → ``[text](<base>/docs/x)``, and ``[text](../x)`` from spec text →
    ``[text](<relative_base>x)``; unchanged without the URLs."""
    if relative_base:
        text = _MD_DOT_LINK.sub(lambda m: m.group(1) + relative_base + m.group(3), text)
    if not base_url:
        return text
    text = _MD_ROOT_LINK.sub(lambda m: m.group(1) + base_url + m.group(2), text)
    return _HTML_ROOT_LINK.sub(lambda m: m.group(1) + base_url + m.group(2), text)


def finish(path: str, text: str, header: str, base_url: str | None,
           relative_base: str | None = None) -> str:
    if path.endswith(".md"):
        text = resolve_root_links(text, base_url, relative_base)
    line = header_line(path, header)
    return f"{line}\n{text}" if line is not None else text
