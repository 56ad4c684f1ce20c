"""HTML to text with the stdlib parser."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.inspect.htmltext import html_to_text


def text(html: str) -> str:
    return html_to_text(html)[0]


def test_tags_stripped_scripts_and_styles_dropped_entities_decoded() -> None:
    html = (
        "<html><head><title>件名</title><style>td{color:red}</style></head><body>"
        "<script type='text/javascript'>var card = '4111111111111111';</script>"
        "<p>山田&nbsp;様&amp;&#x3042;&#12356;&lt;x&gt;</p><!-- 4222222222222 -->"
        "<div>口座<br>1234567</div></body></html>"
    )
    assert text(html) == "件名\n山田\xa0様&あい<x>\n口座\n1234567"


def test_table_rows_are_lines_and_cells_are_tabs() -> None:
    html = "<table><tr><th>氏名</th><th>電話</th></tr><tr><td>山田</td><td>090-1234-5678</td></tr></table>"
    assert text(html) == "氏名\t電話\n山田\t090-1234-5678"


def test_whitespace_collapses_outside_pre() -> None:
    # Inside <pre> spaces stay; every line is stripped at its ends.
    assert text("<p>a   b\n\n c</p><pre>x  y\n z</pre>") == "a b c\nx  y\nz"


def test_outlook_conditional_and_unknown_marked_sections() -> None:
    html = "<![if !supportLists]>1.<![endif]>項目<![foo[ 隠し ]]>後"
    assert text(html) == "1.項目後"


def test_hidden_text_is_still_text() -> None:
    assert text('<div style="display:none">マイナンバー 123456789018</div>') == (
        "マイナンバー 123456789018"
    )


def test_deadline_stops_a_long_document() -> None:
    calls = iter([False, True])
    body, finished = html_to_text("<p>x</p>" * 100_000, lambda: next(calls))
    assert finished is False
    assert body.startswith("x\nx") and body.count("x") < 100_000


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>!-[]/&#;=\"' apx{}script")), max_size=120))
def test_never_raises_on_markup_soup(html: str) -> None:
    body, finished = html_to_text(html)
    assert isinstance(body, str) and finished
