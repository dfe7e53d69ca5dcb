"""Plain-words lists beyond the rule-file examples: a config can point a rule at another
word list (by absolute path), which is also how bench/wordlists.py times empty lists;
and the context guards added after reading corpus findings hold in whole paragraphs."""

from plainlint.api import check_text
from plainlint.config import Config


def _found(text, cfg):
    return [(f.rule, f.text) for f in check_text(text, cfg).findings]


def test_config_wordlist_by_absolute_path_replaces_ours(tmp_path):
    own = tmp_path / "own-jargon.toml"
    own.write_text('[meta]\nrule = "jargon"\n\n[[entry]]\nphrase = "wibble-wobble framework"\n'
                   'alternatives = ["plan"]\nsource = "plainlint"\n', encoding="utf-8")
    empty = tmp_path / "empty-wordy.toml"
    empty.write_text('[meta]\nrule = "wordy-phrase"\n', encoding="utf-8")
    text = "We will utilise wibble-wobble framework in order to help."
    cfg = Config(select=["plain-words"])
    assert set(_found(text, cfg)) == {("jargon", "utilise"), ("wordy-phrase", "in order to")}
    cfg = Config(select=["plain-words"])
    cfg.rule_options = {"jargon": {"wordlist": str(own)}, "wordy-phrase": {"wordlist": str(empty)}}
    assert _found(text, cfg) == [("jargon", "wibble-wobble framework")]


def test_statutory_ensure_left_alone_but_plain_ensure_flagged():
    cfg = Config(select=["jargon"])
    text = ("Local authorities must ensure that services co-operate. The provider shall ensure "
            "staff are trained. This strategy will ensure carers are identified early.")
    assert [t for r, t in _found(text, cfg) if t.lower() == "ensure"] == ["ensure"]


def test_things_that_reside_are_not_told_to_live():
    cfg = Config(select=["wordy-phrase"])
    assert not _found("Data which reside in the old system will be moved.", cfg)
    assert _found("Families who reside in the district can apply.", cfg) == [("wordy-phrase", "reside")]
