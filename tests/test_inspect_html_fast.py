"""The regex tokenizer of proxy.inspect.htmltext gives exactly what html.parser gives
(the same handler calls, so the same text pieces), and leaves to html.parser every
document it does not read the same way.

Compared on the HTML of the test mail, on hand-written documents in the style of the
mail clients (Outlook's conditional comments and XML namespaces, Gmail's divs, tables,
scripts, styles, entities, <pre>), and on generated tag soup and generated well-formed
documents (hypothesis).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proxy.inspect import extract
from proxy.inspect.htmltext import _fast_parts, _TextParser, html_to_text

TESTS = Path(__file__).resolve().parent


def _stdlib_parts(html: str) -> tuple[list[str], list[str]]:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return parser.parts, parser.hidden


def _agrees(html: str) -> bool:
    """Asserts the tokenizer agrees with html.parser (text, comments and worded
    attributes); True when it took the document."""
    fast = _fast_parts(html)
    if fast is None:
        return False
    assert (fast.parts, fast.hidden) == _stdlib_parts(html)
    return True


OUTLOOK = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=iso-2022-jp">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}</style><![endif]-->
<style><!--
/* Font Definitions */
p.MsoNormal {margin:0mm; font-size:10.5pt;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--></head>
<body lang=JA link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1><p class=MsoNormal>山田様<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>お世話になっております。<br>携帯：<span lang=EN-US>090-1234-5678</span><o:p></o:p></p>
<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td width=100 valign=top><p class=MsoNormal>口座番号</p></td><td><p>1234567</p></td></tr>
</table></div></body></html>"""

GMAIL = (
    '<div dir="ltr">Hello,<div><br></div><div>Card: 4111&nbsp;1111 1111 1111</div>'
    '<div><br></div>-- <br><div dir="ltr" class="gmail_signature">Taro<br>'
    "TEL 03-1234-5678</div></div>\r\n"
    '<script type="text/javascript">if (a < b && c > d) { x = "</div>"; }</script>'
    "<pre>  keep   spaces\n here</pre><STYLE>p{}</STYLE><p>a &lt; b &amp;&#x3042;&#12356;</p>"
)


@pytest.mark.parametrize(
    ("html", "taken"),
    [
        (OUTLOOK, True),
        (GMAIL, True),
        ("<!DOCTYPE html><html><body><p>x</p><br/><img src=a.png /></body></html>", True),
        ("plain text, no markup &amp; an entity", True),
        ("<a href=x/>link</a><td width=100 nowrap>cell</td>", True),
        ("<p>t</p><!-- a -- b -->after<!---->x", True),
        ("<!-- closed at the first '--' and '>' -- >shown-->", True),
        # Left to html.parser: a lone "<", marked sections, bogus comments and
        # declarations, an unclosed script, odd tag spellings.
        ("a < b", False),
        ("<![if !supportLists]>1.<![endif]>", False),
        ("<!foo>bar", False),
        ("<script>never closed", False),
        ("<p>unterminated <b", False),
        ("<a href='x'title=y>t</a>", False),
        ("</ p>x", False),
        ("<a b==c>x</a>", False),
        # re.I finds "</ſcript>" (ſ folds to s); html.parser's ASCII end-tag pattern
        # then refuses it and reads on inside the script.
        ("<script>x</\u017fcript>visible", False),
        ("<style>x</\u017ftyle>visible", False),
        ("<script>x</scr\u0131pt>y</script>z", False),
    ],
)
def test_documents(html: str, taken: bool) -> None:
    assert _agrees(html) is taken
    # html_to_text gives html.parser's text either way.
    assert html_to_text(html)[0] == html_to_text_stdlib(html)


def html_to_text_stdlib(html: str) -> str:
    from proxy.inspect import htmltext

    return htmltext._finish(_stdlib_parts(html)[0])


def test_test_mail_html_agrees() -> None:
    """Every text/html part of the test mail (bodies and attached pages)."""
    import email
    import email.policy

    seen = 0
    for path in sorted(TESTS.rglob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
        for part in msg.walk():
            if part.get_content_type() != "text/html":
                continue
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            html = payload.decode(part.get_content_charset() or "utf-8", "replace")
            seen += 1
            _agrees(html)
            assert html_to_text(html)[0] == html_to_text_stdlib(html), path.name
    assert seen >= 2
    # And the inspection of those messages reads the same text as before.
    for path in sorted(TESTS.rglob("*.eml"))[:5]:
        extract(path.read_bytes())


_TAGS = ["p", "div", "br", "td", "tr", "table", "span", "a", "pre", "script", "style", "b", "o:p"]
_ATTR = st.sampled_from(
    [
        "",
        " class=MsoNormal",
        ' href="http://x/?a=1&amp;b=2"',
        " style='a:b'",
        " nowrap",
        ' width = "100"',
        " data-x=a/b",
        ' title=">"',
    ]
)
_TEXT = st.text(alphabet=st.sampled_from(list("ab 山田\n\t&;#x<>/-!\"'=")), max_size=12)


@st.composite
def _documents(draw: st.DrawFn) -> str:
    out = []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["start", "end", "empty", "text", "text", "comment", "soup"]))
        tag = draw(st.sampled_from(_TAGS))
        if draw(st.booleans()):
            tag = tag.upper()
        if kind == "start":
            out.append(f"<{tag}{draw(_ATTR)}>")
        elif kind == "end":
            out.append(f"</{tag}{draw(st.sampled_from(['', ' ', chr(10)]))}>")
        elif kind == "empty":
            out.append(f"<{tag}{draw(_ATTR)} />")
        elif kind == "comment":
            out.append(f"<!--{draw(_TEXT)}-->")
        elif kind == "soup":
            out.append(draw(_TEXT))
        else:
            out.append(draw(_TEXT).replace("<", "&lt;"))
    return "".join(out)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents())
def test_generated_documents_agree(html: str) -> None:
    _agrees(html)
    assert html_to_text(html)[0] == html_to_text_stdlib(html)


def test_generated_documents_are_mostly_taken() -> None:
    """The generator above must reach the tokenizer, not only html.parser."""
    taken = 0

    @settings(max_examples=200, deadline=None, database=None, derandomize=True)
    @given(_documents())
    def count(html: str) -> None:
        nonlocal taken
        taken += _fast_parts(html) is not None

    count()
    assert taken >= 60
