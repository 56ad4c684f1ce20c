"""Reads one 7z archive with py7zr, in a child process (run by path, like xls_child.py).

7z carries many codecs in compiled code (LZMA, PPMd, BZip2, Zstandard, Brotli …) whose
memory use is set by the archive itself: a hostile one can ask for gigabytes. Here that
costs a child with an address-space and a CPU-time limit, not the guard.

    python -I sevenzip_child.py BUDGET MAX_MEMBERS ADDRESS_SPACE_LIMIT CPU_SECONDS < a.7z
    (run by reader_child.run_reader)

stdout, one JSON array a line: ["encrypted"] (a password is needed: the names may not even
be readable); ["member", name, size]; ["file", name, base64 of its bytes]; ["cut"] when
the archive holds more than BUDGET bytes or MAX_MEMBERS files; ["lost"] when fewer files
came out than it lists; ["error", class name]
before exit status 3. Never file content on stderr.
"""

from __future__ import annotations

import base64
import io
import json
import resource
import sys


def emit(*item: object) -> None:
    sys.stdout.write(json.dumps(item) + "\n")


def main() -> int:
    budget, members, memory, seconds = (int(arg) for arg in sys.argv[1:5])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    data = sys.stdin.buffer.read()
    try:
        import py7zr
        from py7zr.exceptions import PasswordRequired
        from py7zr.io import BytesIOFactory

        try:
            archive = py7zr.SevenZipFile(io.BytesIO(data))
        except PasswordRequired:  # the names themselves are encrypted
            emit("encrypted")
            return 0
        with archive:
            files = [info for info in archive.list() if not info.is_directory]
            for info in files:
                emit("member", info.filename, info.uncompressed)
            if archive.needs_password():
                emit("encrypted")
                return 0
            if len(files) > members or sum(info.uncompressed for info in files) > budget:
                emit("cut")
                return 0
            factory = BytesIOFactory(budget)
            archive.extractall(factory=factory)
            for name, stream in factory.products.items():
                emit("file", name, base64.b64encode(stream.read()).decode("ascii"))
            if len(factory.products) < len(files):
                # Products are keyed by name: members of the same name (py7zr renames the
                # second "a.csv" "a.csv_0", which a third member may already be) collide.
                emit("lost")
    except BaseException as exc:  # any codec's failure on hostile bytes
        emit("error", type(exc).__name__)
        sys.stdout.flush()
        return 3
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
