"""format=flowed text (RFC 3676) joined back into the lines its writer typed.

Thunderbird, Apple Mail and many phones send plain text as format=flowed: a long line
is cut at a space into lines of at most 78 characters, each cut marked by a trailing
space (a "soft" line break). With DelSp=yes (§4.2), used where words have no spaces
between them (Japanese), the cut may fall anywhere, inside a phone number or an address,
and the trailing space is not part of the text. Read as it is sent, "090-3318-" and
"7402" are two lines; the recipient's client shows one.
"""

from __future__ import annotations

SIGNATURE_SEPARATOR = "-- "  # §4.3: never flowed


def unflow(text: str, delsp: bool) -> str:
    """The text with soft line breaks removed (RFC 3676 §4.1-4.5): quote marks ('>') and
    space-stuffing are read per line, a flowed line is joined to the next one of the same
    quote depth, and the trailing space is dropped too when `delsp`. Quoted lines keep
    one "> " per level, so what reads quotes reads them as before."""
    out: list[str] = []
    current: list[str] = []  # pieces of the logical line being joined
    current_depth = -1
    for raw in text.split("\n"):
        line = raw[:-1] if raw.endswith("\r") else raw
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):  # §4.4 space-stuffing (also after quote marks)
            content = content[1:]
        if current and (depth != current_depth or content == SIGNATURE_SEPARATOR):
            # §4.5: a flowed line followed by one of another depth is taken as fixed;
            # §4.3: the signature separator is a line of its own.
            out.append(_quoted(current_depth, "".join(current)))
            current = []
        flowed = content.endswith(" ") and content != SIGNATURE_SEPARATOR
        if flowed and delsp:
            content = content[:-1]
        current.append(content)
        current_depth = depth
        if not flowed:
            out.append(_quoted(depth, "".join(current)))
            current = []
    if current:
        out.append(_quoted(current_depth, "".join(current)))
    return "\n".join(out)


def _quoted(depth: int, content: str) -> str:
    return ">" * depth + " " + content if depth else content


def flowed_params(params: dict[str, str]) -> tuple[bool, bool]:
    """(format=flowed, DelSp=yes) from a Content-Type's parameters (case-insensitive
    values, §4.1-4.2)."""
    flowed = params.get("format", "").strip().lower() == "flowed"
    return flowed, flowed and params.get("delsp", "").strip().lower() == "yes"
