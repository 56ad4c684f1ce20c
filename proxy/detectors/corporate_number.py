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
# A UBL invoice (JP PINT) gives 法人番号 as an EndpointID or a CompanyID of scheme 0188
# (its XML read as "schemeID: 0188" over "EndpointID: 1020001063514"), and the
# registration number as a CompanyID "T…". Another scheme's ID (0088: a 13-digit GLN) is
# none.
UBL_LABEL = re.compile(r"(?:endpointid|companyid)\s*[:：]\s*T?\Z", re.IGNORECASE)
_UBL_SCHEME = re.compile(r"schemeID\s*[:：=]\s*[\"']?0188\b")
TRIGGERS = (
    "法人番号", "corporate", "登録", "事業者", "インボイス", "registration", "endpointid",
    "companyid",
)  # fmt: skip


def match(w: Window) -> str | None:
    if len(w.groups) > 1 and w.groups != (1, 4, 4, 4):
        return None
    if not (w.has_label(LABEL) or w.has_label(INVOICE_LABEL) or _ubl_id(w)):
        return None
    return w.digits if cn.is_valid(w.digits) else None


def _ubl_id(w: Window) -> bool:
    if not w.has_label(UBL_LABEL):
        return False
    if w.text[w.start - 1 : w.start] in ("T", "Ｔ"):
        return True  # a registration number: T and the 法人番号
    return _UBL_SCHEME.search(w.text, max(0, w.start - 48), w.start) is not None


_TABLE = numbers.build_table([(TYPE, LENGTHS, match, TRIGGERS)])


def find(text: str) -> list[str]:
    return numbers.find_values(text, _TABLE)
