"""The state of one inspection: what was found so far and how much of each limit is left.

Every limit in `InspectConfig` is enforced here or through here, so that hitting one always
leaves a reason in `incomplete` (the rules hold such mail: fail safe) and never raises.
"""

from __future__ import annotations

import time

from proxy.config import InspectConfig
from proxy.model import Attachment, Segment

PREFIX = "could not be fully inspected: "

# Archives are allowed to inflate to this many times the size of the whole message in total,
# but never less than this floor times the ratio: a tiny message with an ordinary small
# .docx must not trip the zip-bomb guard.
_EXPANSION_FLOOR = 64 * 1024


class Scan:
    """Accumulates segments, attachments and `incomplete` reasons under the configured limits."""

    def __init__(self, limits: InspectConfig, input_size: int) -> None:
        self.limits = limits
        self.deadline = time.monotonic() + limits.max_seconds
        self.segments: list[Segment] = []
        self.attachments: list[Attachment] = []
        self.incomplete: list[str] = []
        self.text_room = limits.max_text_bytes
        self.expansion_room = int(max(input_size, _EXPANSION_FLOOR) * limits.max_expansion_ratio)
        self._timed_out = False
        self._text_full = False
        self._expansion_spent = False

    # -- reasons ---------------------------------------------------------------------------

    def note(self, where: str, why: str) -> None:
        """Record why something was not fully inspected. `why` must never quote content."""
        reason = f"{PREFIX}{where}: {why}" if where else PREFIX + why
        if reason not in self.incomplete:
            self.incomplete.append(reason)

    # -- time ------------------------------------------------------------------------------

    def out_of_time(self) -> bool:
        """True once the deadline has passed; checked between parts and inside long loops."""
        if self._timed_out:
            return True
        if time.monotonic() > self.deadline:
            self._timed_out = True
            self.note("", f"inspection time limit of {self.limits.max_seconds:g} s reached")
        return self._timed_out

    # -- depth -----------------------------------------------------------------------------

    def too_deep(self, depth: int, where: str) -> bool:
        if depth > self.limits.max_depth:
            self.note(where, f"nested deeper than {self.limits.max_depth} levels")
            return True
        return False

    # -- text ------------------------------------------------------------------------------

    @property
    def text_full(self) -> bool:
        return self._text_full

    def add_text(self, text: str, location: str, kind: str, *, rendering: bool = False) -> None:
        """Keep a segment, cut at the text budget (`max_text_bytes`, counted in UTF-8).
        `rendering`: see Segment."""
        if not text or text.isspace():
            return
        if self._text_full:
            return  # already reported once, where the budget ran out
        # Through UTF-8: counts the bytes and turns any lone surrogate (which no output
        # could encode) into "?". Decoded back only when that or the cut changed it.
        try:
            encoded = text.encode("utf-8")
            changed = False
        except UnicodeEncodeError:
            encoded = text.encode("utf-8", "replace")
            changed = True
        if len(encoded) > self.text_room:
            encoded = encoded[: self.text_room]
            self.text_room = 0
            self._text_full = True
            self._text_limit(location)
            changed = True
        else:
            self.text_room -= len(encoded)
        if changed:
            text = encoded.decode("utf-8", "ignore")
        if text:
            self.segments.append(Segment(text, location, kind, rendering))

    def cut_text(self, location: str) -> None:
        """An extractor read only part of its input because of the text budget."""
        if not self._text_full:
            self._text_limit(location)

    def _text_limit(self, location: str) -> None:
        self.note(location, f"text limit of {self.limits.max_text_bytes} bytes reached")

    # -- archives --------------------------------------------------------------------------

    def spend_expansion(self, nbytes: int, where: str) -> bool:
        """Charge inflated archive bytes; False (and a reason) once the budget is spent."""
        self.expansion_room -= nbytes
        if self.expansion_room < 0:
            if not self._expansion_spent:
                self._expansion_spent = True
                self.note(
                    where,
                    "archives expand to more than "
                    f"{self.limits.max_expansion_ratio:g} times the message size",
                )
            return False
        return True

    # -- attachments -----------------------------------------------------------------------

    def add_attachment(self, attachment: Attachment) -> int:
        self.attachments.append(attachment)
        return len(self.attachments) - 1

    def mark_encrypted(self, index: int) -> None:
        old = self.attachments[index]
        if not old.encrypted:
            self.attachments[index] = Attachment(
                name=old.name, content_type=old.content_type, size=old.size, encrypted=True
            )


class TextBuilder:
    """Collects lines from an extractor and says when the text budget is used up, so long
    extractions stop early instead of producing text that `Scan.add_text` would cut off."""

    def __init__(self, scan: Scan) -> None:
        self._room = scan.text_room
        self._size = 0
        self.lines: list[str] = []

    @property
    def full(self) -> bool:
        return self._size > self._room

    def add(self, line: str) -> bool:
        """Append a line; False once the budget is exceeded (stop producing). The size
        counted is exactly that of `text()`: text that just fills the budget is not
        "exceeded", so the next line is asked for and its excess reported by the Scan."""
        if line:
            self._size += len(line.encode("utf-8", "replace")) + (1 if self.lines else 0)
            self.lines.append(line)
        return self._size <= self._room

    def gap(self) -> None:
        """An empty line: ends a run of TAB-separated rows (tabular.pasted_tables), so two
        tables that only follow one another in the extracted text are not read as one."""
        if self.lines and self.lines[-1]:
            self.lines.append("")
            self._size += 1

    def text(self) -> str:
        return "\n".join(self.lines)
