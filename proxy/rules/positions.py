"""Line numbers for the keys of a TOML file, so an error can say `file:line`.

tomllib returns plain dicts without positions, so this skims the (already valid) text
once more and records, for every key path, the line where it is written. Paths look like
the pydantic error locations they serve: `("rule", 0, "when", "findings", "jp_phone")`,
with the index of each `[[array.of.tables]]` entry and of each array element.

It is a skimmer, not a parser: it trusts tomllib to have rejected invalid TOML and, on
anything unexpected, stops and returns what it has; an error then points at the nearest
enclosing key, which is good enough for a person reading the file.
"""

from __future__ import annotations

Path = tuple[str | int, ...]

_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


class _Skimmer:
    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0
        self.line = 1
        self.lines: dict[Path, int] = {}
        # Number of entries so far of each array of tables, by its resolved path.
        self.arrays: dict[Path, int] = {}

    # -- characters -------------------------------------------------------------------

    def peek(self, n: int = 0) -> str:
        j = self.i + n
        return self.s[j] if j < len(self.s) else ""

    def advance(self, n: int = 1) -> None:
        chunk = self.s[self.i : self.i + n]
        self.line += chunk.count("\n")
        self.i += len(chunk)

    def skip_blank(self, newlines: bool) -> None:
        """Skip spaces, tabs, comments and (if asked) newlines."""
        while self.i < len(self.s):
            c = self.s[self.i]
            if c in " \t\r" or (newlines and c == "\n"):
                self.advance()
            elif c == "#":
                end = self.s.find("\n", self.i)
                self.advance((end if end >= 0 else len(self.s)) - self.i)
            else:
                return

    def record(self, path: Path, line: int) -> None:
        self.lines.setdefault(path, line)

    # -- keys -------------------------------------------------------------------------

    def key_part(self) -> str:
        c = self.peek()
        if c in ('"', "'"):
            start = self.i + 1
            self.string()
            raw = self.s[start : self.i - 1]
            return raw.replace('\\"', '"').replace("\\\\", "\\") if c == '"' else raw
        start = self.i
        while self.peek() and self.peek() in _BARE:
            self.advance()
        if self.i == start:
            raise ValueError("not a key")
        return self.s[start : self.i]

    def dotted_key(self) -> list[str]:
        parts = [self.key_part()]
        self.skip_blank(newlines=False)
        while self.peek() == ".":
            self.advance()
            self.skip_blank(newlines=False)
            parts.append(self.key_part())
            self.skip_blank(newlines=False)
        return parts

    # -- values -----------------------------------------------------------------------

    def string(self) -> None:
        q = self.peek()
        if self.s.startswith(q * 3, self.i):
            self.advance(3)
            end = self.i
            while True:
                end = self.s.find(q * 3, end)
                if end < 0:
                    raise ValueError("unterminated string")
                if q == '"' and _escaped(self.s, end):
                    end += 1
                    continue
                break
            # A closing delimiter may be preceded by up to two quotes of the content.
            while self.s.startswith(q, end + 3) and end + 3 < len(self.s):
                end += 1
            self.advance(end + 3 - self.i)
            return
        self.advance()
        while True:
            c = self.peek()
            if not c or c == "\n":
                raise ValueError("unterminated string")
            if q == '"' and c == "\\":
                self.advance(2)
                continue
            self.advance()
            if c == q:
                return

    def value(self, path: Path) -> None:
        c = self.peek()
        if c in ('"', "'"):
            self.string()
        elif c == "[":
            self.array(path)
        elif c == "{":
            self.inline_table(path)
        else:
            while self.peek() and self.peek() not in ",]}\n#":
                self.advance()

    def array(self, path: Path) -> None:
        self.advance()  # [
        index = 0
        while True:
            self.skip_blank(newlines=True)
            c = self.peek()
            if c == "]":
                self.advance()
                return
            if c == ",":
                self.advance()
                continue
            if not c:
                raise ValueError("unterminated array")
            self.record((*path, index), self.line)
            self.value((*path, index))
            index += 1

    def inline_table(self, path: Path) -> None:
        self.advance()  # {
        while True:
            self.skip_blank(newlines=True)
            c = self.peek()
            if c == "}":
                self.advance()
                return
            if c == ",":
                self.advance()
                continue
            if not c:
                raise ValueError("unterminated inline table")
            self.keyval(path)

    def keyval(self, table: Path) -> None:
        line = self.line
        parts = self.dotted_key()
        for n in range(1, len(parts) + 1):
            self.record((*table, *parts[:n]), line)
        self.skip_blank(newlines=False)
        if self.peek() != "=":
            raise ValueError("expected =")
        self.advance()
        self.skip_blank(newlines=False)
        self.value((*table, *parts))

    # -- tables -----------------------------------------------------------------------

    def resolve(self, parts: list[str]) -> Path:
        """A header's dotted key as a path, entering the latest entry of each array."""
        path: Path = ()
        for part in parts:
            path = (*path, part)
            if path in self.arrays:
                path = (*path, self.arrays[path] - 1)
        return path

    def header(self) -> Path:
        line = self.line
        is_array = self.s.startswith("[[", self.i)
        self.advance(2 if is_array else 1)
        self.skip_blank(newlines=False)
        parts = self.dotted_key()
        self.advance(2 if is_array else 1)
        if is_array:
            parent = self.resolve(parts[:-1])
            base = (*parent, parts[-1])
            index = self.arrays.get(base, 0)
            self.arrays[base] = index + 1
            path: Path = (*base, index)
            self.record(base, line)
        else:
            path = self.resolve(parts)
        for n in range(1, len(path) + 1):
            self.record(path[:n], line)
        return path

    def run(self) -> None:
        table: Path = ()
        while True:
            self.skip_blank(newlines=True)
            if self.i >= len(self.s):
                return
            if self.peek() == "[":
                table = self.header()
            else:
                self.keyval(table)


def _escaped(text: str, pos: int) -> bool:
    """Whether the character at `pos` follows an odd number of backslashes."""
    n = 0
    while pos - n - 1 >= 0 and text[pos - n - 1] == "\\":
        n += 1
    return n % 2 == 1


def key_lines(text: str) -> dict[Path, int]:
    """Map every key path (and array element) in a TOML text to its 1-based line."""
    skimmer = _Skimmer(text)
    try:
        skimmer.run()
    except (ValueError, IndexError):
        pass  # best effort: keep what was found before the surprise
    return skimmer.lines


def line_of(lines: dict[Path, int], loc: tuple[str | int, ...]) -> int:
    """The line of the deepest part of `loc` written in the file (1 if none is).

    Parts not in the file (a missing key, a validator's label) are stepped over, so a
    missing key points at the table that lacks it.
    """
    best = 1
    path: Path = ()
    for part in loc:
        candidate = (*path, part)
        if candidate in lines:
            path = candidate
            best = lines[candidate]
    return best
