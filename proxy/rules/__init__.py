"""The admin's rules: file format, loading with `file:line` errors, evaluation, reload.

    ruleset = load_rules(Path("rules"), internal_domains=settings.policy.internal_domains)
    decision = evaluate(view, ruleset, regex_timeout=0.5, language="ja")

See rules/README.md for the file format.
"""

from proxy.rules.evaluate import FAIL_SAFE_DELAY, evaluate
from proxy.rules.format import DETECTOR_TYPES
from proxy.rules.holder import RuleHolder
from proxy.rules.loader import load_rules
from proxy.rules.ruleset import Exemption, Rule, RulesError, RuleSet, Text

__all__ = [
    "DETECTOR_TYPES",
    "FAIL_SAFE_DELAY",
    "Exemption",
    "Rule",
    "RuleHolder",
    "RuleSet",
    "RulesError",
    "Text",
    "evaluate",
    "load_rules",
]
