"""Words for alerts and pages, in Japanese and English, and times in the local zone.

One table for both the mails and the web pages, so a sender reads the same words in the
alert and on the page it links to. Rule messages are the admins' own words and come from
the rule files, not from here.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

LANGUAGES = ("ja", "en")

FINDING_LABELS: dict[str, tuple[str, str]] = {
    "credit_card": ("クレジットカード番号", "Credit card number"),
    "my_number": ("マイナンバー(個人番号)", "My Number (individual number)"),
    "corporate_number": ("法人番号", "Corporate number"),
    "jp_phone": ("電話番号", "Phone number"),
    "intl_phone": ("電話番号(海外)", "Phone number (international)"),
    "email_address": ("メールアドレス", "Email address"),
    "jp_postal_code": ("郵便番号", "Postal code"),
    "jp_address": ("住所", "Postal address"),
    "jp_bank_account": ("銀行口座番号", "Bank account number"),
    "date_of_birth": ("生年月日", "Date of birth"),
    "jp_drivers_license": ("運転免許証番号", "Driver's licence number"),
    "jp_passport": ("旅券(パスポート)番号", "Passport number"),
    "jp_residence_card": ("在留カード番号", "Residence card number"),
    "jp_pension_number": ("基礎年金番号", "Basic pension number"),
    "us_ssn": ("米国社会保障番号", "US Social Security number"),
    "iban": ("IBAN(国際銀行口座番号)", "IBAN"),
    "keyword": ("注意語", "Watch word"),
    "encrypted_attachment": ("暗号化された添付ファイル", "Encrypted attachment"),
}

_WEEKDAYS_JA = "月火水木金土日"

# Notice subjects: {subject} is the original subject (cleaned), {time} a local time.
SUBJECTS: dict[str, tuple[str, str]] = {
    "held": ("【送信保留】{time} に送信されます: {subject}",
             "[Held] Will be sent at {time}: {subject}"),
    "confirm": ("【要確認】確認するまで送信されません: {subject}",
                "[Confirm] Not sent until you confirm: {subject}"),
    "approval-pending": ("【承認待ち】承認されるまで送信されません: {subject}",
                         "[Awaiting approval] Not sent until approved: {subject}"),
    "approval-request": ("【承認依頼】{sender} さんのメール: {subject}",
                         "[Approval requested] Message from {sender}: {subject}"),
    "reminder": ("【まもなく期限切れ】{time} までに操作しないと送信されません: {subject}",
                 "[Reminder] Not sent unless acted on by {time}: {subject}"),
    "expired": ("【送信されませんでした】確認の期限が切れました: {subject}",
                "[Not sent] The confirmation time ran out: {subject}"),
    "cancelled": ("【取り消しました】送信は取り消されました: {subject}",
                  "[Cancelled] The message will not be sent: {subject}"),
    "rejected": ("【却下されました】承認者が送信を却下しました: {subject}",
                 "[Rejected] An approver refused the message: {subject}"),
    "sent-early": ("【送信しました】保留をやめて送信しました: {subject}",
                   "[Sent] Released early and sent: {subject}"),
    "approved": ("【承認・送信済み】承認され、送信されました: {subject}",
                 "[Approved] Approved and sent: {subject}"),
    "bounced": ("【配信できませんでした】{subject}",
                "[Not delivered] {subject}"),
}

# What the notice says happened / will happen ({time}, {by} filled in).
LEADS: dict[str, tuple[str, str]] = {
    "held": ("このメールは送信を保留しています。取り消さなければ {time} に送信されます。",
             "This message is being held. It will be sent at {time} unless you cancel it."),
    "confirm": ("このメールは、あなたが確認するまで送信されません。{time} までに確認しないと、送信されずに取り消されます。",
                "This message will not be sent unless you confirm it by {time}. After that it is cancelled unsent."),
    "approval-pending": ("このメールは承認者 ({by}) の承認が必要です。{time} までに承認されなければ送信されません。取り消すこともできます。",
                         "This message needs an approver's consent ({by}). It will not be sent unless approved by {time}. You can still cancel it."),
    "approval-request": ("{sender} さんのメールが、あなたの承認を待っています。{time} までに承認されなければ送信されません。",
                         "A message from {sender} is waiting for your approval. It will not be sent unless approved by {time}."),
    "reminder": ("このメールはまだ送信されていません。{time} までに操作しないと、送信されずに取り消されます。",
                 "This message has not been sent. Unless it is acted on by {time}, it is cancelled unsent."),
    "expired": ("{time} までに確認(承認)されなかったため、このメールは送信されませんでした。必要なら、もう一度送信してください。",
                "This message was not confirmed (or approved) by {time}, so it was not sent. Send it again if it is still needed."),
    "cancelled": ("このメールは {time} に取り消されました({by})。送信されていません。",
                  "This message was cancelled at {time} ({by}). It has not been sent."),
    "rejected": ("このメールは {time} に {by} が却下しました。送信されていません。",
                 "This message was rejected at {time} by {by}. It has not been sent."),
    "sent-early": ("このメールは {time} に保留をやめて送信されました({by})。",
                   "This message was released early at {time} ({by}) and is being sent."),
    "approved": ("このメールは承認され、{time} に送信されました。",
                 "This message was approved and sent at {time}."),
    "bounced": ("このメールは {time} に配信できませんでした。詳しくは別途届く配信エラーの通知を確認してください。",
                "This message could not be delivered ({time}). See the delivery report sent separately."),
}

WORDS: dict[str, tuple[str, str]] = {
    "app": ("mailguard 送信確認", "mailguard outgoing mail check"),
    "subject": ("件名", "Subject"),
    "no_subject": ("(件名なし)", "(no subject)"),
    "from": ("差出人", "From"),
    "recipients": ("宛先", "Recipients"),
    "external": ("社外", "external"),
    "internal": ("社内", "internal"),
    "external_orgs": ("社外の組織: {n} 件", "External organisations: {n}"),
    "n_recipients": ("{n} 件", "{n}"),
    "reasons": ("保留の理由", "Why it is held"),
    "findings": ("検出された情報", "What was found"),
    "findings_note": ("番号などは一部を伏せて表示しています。", "Numbers and similar values are shown masked."),
    "count": ("{n}件", "{n}"),
    "tail": ("末尾 {v}", "ending {v}"),
    "attachments": ("添付ファイル", "Attachments"),
    "none": ("なし", "none"),
    "open_page": ("このメールのページを開く", "Open this message's page"),
    "open_page_hint": ("取り消し・送信・確認は、次のページで行えます(リンクを開いただけでは何も変わりません)。",
                       "Cancel, send or confirm on this page (opening the link changes nothing)."),
    "final_page_hint": ("このメールの詳細は次のページで確認できます(もう操作はできません)。",
                        "This message's details are on this page (nothing more can be done to it)."),
    "approve_page_hint": ("承認・却下は、次のページで行えます(リンクを開いただけでは何も変わりません)。",
                          "Approve or reject on this page (opening the link changes nothing)."),
    "queue_id": ("受付番号", "Queue ID"),
    "footer": ("このメールは mailguard が自動で送信しました。返信しないでください。",
               "This notice was sent automatically by mailguard. Please do not reply."),
    "sender": ("送信者", "the sender"),
    "approver": ("承認者", "an approver"),
    "admin": ("管理者", "an administrator"),
    "system": ("システム", "the system"),
    "and_more": ("ほか {n} 件", "and {n} more"),
}


def lang_of(language: str) -> int:
    return 1 if language == "en" else 0


def t(key: str, language: str, **values: object) -> str:
    text = WORDS[key][lang_of(language)]
    return text.format(**values) if values else text


def finding_label(type_: str, language: str) -> str:
    pair = FINDING_LABELS.get(type_)
    return pair[lang_of(language)] if pair else type_


def actor_label(actor: str, language: str) -> str:
    """"sender" / "approver:a@b" / "admin:alice" → words for people (who acted)."""
    role, _, who = actor.partition(":")
    if role == "approver" and who:
        return f"承認者 {who}" if language == "ja" else f"approver {who}"
    if role in ("sender", "approver", "admin", "system"):
        return t(role, language)
    return t("system", language)


def format_time(at: float, tz: ZoneInfo, language: str, *, date: bool = True) -> str:
    """14:05 style local time, with the date and the zone's abbreviation (JST)."""
    dt = datetime.fromtimestamp(at, tz)
    zone = dt.tzname() or ""
    if language == "en":
        text = dt.strftime("%H:%M")
        if date:
            text = f"{dt:%a} {dt.day} {dt:%b %Y} {text}"
    else:
        text = dt.strftime("%H:%M")
        if date:
            text = f"{dt.year}年{dt.month}月{dt.day}日({_WEEKDAYS_JA[dt.weekday()]}) {text}"
    return f"{text} {zone}".strip()


def format_duration(seconds: float, language: str) -> str:
    s = max(0, round(seconds))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    if language == "en":
        parts = [f"{h} h" if h else "", f"{m} min" if m else "", f"{sec} s" if sec and not h else ""]
        return " ".join(p for p in parts if p) or "0 s"
    parts = [f"{h}時間" if h else "", f"{m}分" if m else "", f"{sec}秒" if sec and not h else ""]
    return "".join(parts) or "0秒"
