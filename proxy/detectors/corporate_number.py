"""法人番号 (Corporate Number): 13 digits, leading check digit (stdnum.jp.cn), a label."""

from __future__ import annotations

import re

from stdnum.jp import cn

from proxy.detectors import numbers
from proxy.detectors.numbers import Window

TYPE = "corporate_number"
LENGTHS = frozenset({13})
LABEL = re.compile(r"法人番号|corporate\s*number", re.IGNORECASE)
# A qualified-invoice issuer's registration number (適格請求書発行事業者登録番号) is "T"
# and the company's 法人番号, as every invoice has printed it since October 2023
# ("登録番号 T4010001234567"): that 法人番号, when a registration label comes right before
# the T (a note in brackets, a colon, "No." between). Not any invoice word some way before
# it: "Invoice No. T…" is the invoice's own number, "インボイス対応 品番 T…" a product code.
INVOICE_LABEL = re.compile(
    # Not another registry's number: 会員登録番号 T…, 商標登録番号, 車両登録番号.
    r"(?<!会員)(?<!商標)(?<!特許)(?<!意匠)(?<!車両)(?<!ユーザー)(?<!ユーザ)"
    r"(?:登録番号|登録\s*no\.?|事業者番号|適格請求書発行事業者|インボイス(?:番号)?"
    r"|registration\s*(?:number|no\.?|#)?)"
    r"\s*(?:[(（][^()（）\n]{0,16}[)）])?[\s:：#.]*T(?: |-)?\Z",
    re.IGNORECASE,
)
# Words every LABEL or INVOICE_LABEL match contains (NFKC, case-folded): numbers.NumberTable
# skips this validator for a number without one of them before it.
TRIGGERS = ("法人番号", "corporate", "登録", "事業者", "インボイス", "registration")


def match(w: Window) -> str | None:
    if len(w.groups) > 1 and w.groups != (1, 4, 4, 4):
        return None
    if not w.has_label(LABEL) and not w.has_label(INVOICE_LABEL):
        return None
    return w.digits if cn.is_valid(w.digits) else None


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)
