"""Bytes to text for mail and attachments: the declared charset first, then detection.

Never raises: undecodable bytes become U+FFFD. Japanese labels are decoded as the supersets
real clients write (see `japanese`): "Shift_JIS" as CP932, "ISO-2022-JP" as CP50220,
"EUC-JP" as CP51932. A label that is wrong (UTF-8 bytes labelled ISO-2022-JP, CP932 bytes
labelled US-ASCII — both common) is caught because the labelled codec must decode strictly
before it is trusted; otherwise the bytes are sniffed.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable

from charset_normalizer import from_bytes

from proxy.inspect.japanese import decode_eucjp, decode_iso2022jp

# Enough for charset-normalizer to decide; it is slow on large inputs.
_SNIFF_SAMPLE = 64 * 1024

_ISO2022JP, _CP932, _EUCJP = "iso2022jp", "cp932", "eucjp"

_ALIASES: dict[str, str] = {
    **dict.fromkeys(
        """iso-2022-jp iso2022-jp iso2022jp csiso2022jp iso-2022-jp-1 iso-2022-jp-2
        iso-2022-jp-3 iso-2022-jp-2004 iso-2022-jp-ms iso-2022-jp-ext cp50220 cp50221 cp50222
        jis x-jis""".split(),
        _ISO2022JP,
    ),
    **dict.fromkeys(
        """shift_jis shift-jis shiftjis sjis x-sjis s-jis ms_kanji csshiftjis windows-31j
        cswindows31j cp932 ms932 x-ms-cp932 ibm-943 shift_jis_2004 shift_jisx0213""".split(),
        _CP932,
    ),
    **dict.fromkeys(
        """euc-jp euc_jp eucjp x-euc-jp x-euc cseucpkdfmtjapanese euc-jis-2004 euc-jisx0213
        eucjp-ms eucjp-open cp51932 ujis""".split(),
        _EUCJP,
    ),
    # Supersets browsers use for these labels (WHATWG Encoding Standard), so bytes a
    # client really sent are not lost to a narrow label.
    **dict.fromkeys("iso-8859-1 latin1 latin-1 l1 cp819".split(), "cp1252"),
    **dict.fromkeys("gb2312 gbk x-gbk csgb2312 euc-cn cp936".split(), "gb18030"),
    **dict.fromkeys("ks_c_5601-1987 euc-kr ks_c_5601 cseuckr korean".split(), "cp949"),
    **dict.fromkeys("big5 big5-hkscs cp950 x-x-big5".split(), "big5hkscs"),
    **dict.fromkeys("tis-620 iso-8859-11 windows-874".split(), "cp874"),
    # Plain ASCII labels name no decoder: 8-bit bytes under them are sniffed.
    **dict.fromkeys("us-ascii ascii ansi_x3.4-1968 us iso646-us".split(), ""),
}


def normalise_charset(label: str | None) -> str:
    """A charset label to a decoder name ("" when absent, ASCII or unknown: sniff)."""
    if not label:
        return ""
    name = label.strip().strip("\"'").lower()
    if "*" in name:  # RFC 2231 §5 language suffix: "iso-2022-jp*ja"
        name = name.split("*", 1)[0]
    if not name or len(name) > 40:
        return ""
    if name in _ALIASES:
        return _ALIASES[name]
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return ""
    # Refuse bytes-to-bytes codecs ("zlib", "base64", "hex"): a label must name a text
    # encoding, and decompressing on an attacker's say-so is a bomb.
    if not getattr(info, "_is_text_encoding", True):
        return ""
    return _ALIASES.get(info.name, info.name)


def _strict(name: str) -> Callable[[bytes], str | None]:
    if name == _ISO2022JP:
        return _strict_iso2022jp
    if name == _EUCJP:
        return _strict_eucjp
    if name == _CP932:
        return _strict_cp932

    def decode(data: bytes) -> str | None:
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            return None

    return decode


def _strict_iso2022jp(data: bytes) -> str | None:
    try:
        return data.decode("iso2022_jp_2")  # fast path in C
    except UnicodeDecodeError:
        return decode_iso2022jp(data, strict=True)


def _strict_eucjp(data: bytes) -> str | None:
    try:
        return data.decode("euc_jp")
    except UnicodeDecodeError:
        return decode_eucjp(data, strict=True)


def _strict_cp932(data: bytes) -> str | None:
    for codec in ("cp932", "shift_jis_2004"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def _lenient(name: str, data: bytes) -> str:
    if name == _ISO2022JP:
        return decode_iso2022jp(data) or ""
    if name == _EUCJP:
        return decode_eucjp(data) or ""
    try:
        return data.decode(name, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode text bytes: the declared charset if it fits, else the best guess; never raises."""
    if not data:
        return ""
    name = normalise_charset(declared)
    if name:
        text = _strict(name)(data)
        if text is not None:
            return text
    # A label that does not fit strictly is still better evidence than statistics: only
    # the unambiguous checks may overrule it, and it is used leniently after them.
    guess = sniff(data, statistics=not name)
    if guess is not None:
        return guess
    return _lenient(name or "utf-8", data)


def _trimmed(data: bytes, codec: str) -> str | None:
    """Strict decode that tolerates an incomplete last character (text cut at a limit),
    which becomes U+FFFD rather than vanishing."""
    decoder = codecs.getincrementaldecoder(codec)()
    try:
        text = decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return None
    pending = decoder.getstate()[0]
    return text + "\ufffd" if pending else text


def _japaneseness(text: str) -> int:
    """Kana and kanji count minus half-width katakana: EUC-JP read as CP932 comes out as
    half-width katakana soup, CP932 read as EUC-JP as rare kanji mixed with replacements."""
    score = 0
    for char in text:
        code = ord(char)
        if 0x3040 <= code <= 0x30FF or 0x4E00 <= code <= 0x9FFF:
            score += 1
        elif 0xFF61 <= code <= 0xFF9F:
            score -= 1
    return score


def sniff(data: bytes, statistics: bool = True) -> str | None:
    """Guess the encoding of unlabelled text; None when nothing fits. Without `statistics`
    only BOMs and strict UTF-8 / CP932 / EUC-JP decoding are tried, not charset-normalizer."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    if data.isascii():
        if b"\x1b$" in data or b"\x1b(" in data:
            return decode_iso2022jp(data)
        return data.decode("ascii")
    text = _trimmed(data, "utf-8")
    if text is not None:
        return text
    sjis = _trimmed(data, "cp932")
    euc = _trimmed(data, "euc_jp")
    if euc is None:
        euc = decode_eucjp(data, strict=True)
    if sjis is not None and euc is not None:
        sample = slice(0, 4096)
        return euc if _japaneseness(euc[sample]) > _japaneseness(sjis[sample]) else sjis
    if sjis is not None or euc is not None:
        return sjis if sjis is not None else euc
    if not statistics:
        return None
    try:
        best = from_bytes(data[:_SNIFF_SAMPLE]).best()
    except Exception:  # a detector bug must not stop inspection
        best = None
    if best is not None and best.encoding:
        return _lenient(normalise_charset(best.encoding) or "utf-8", data)
    return None
