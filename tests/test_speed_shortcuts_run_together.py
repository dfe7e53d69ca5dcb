"""Issue 15's speed shortcut, round 25: the remembered answer of ``sentence_shape.run_together`` (a word
two words run together?) against the word worked out afresh, on our own words."""

from __future__ import annotations


def test_run_together_remembered_is_the_answer_worked_out_afresh():
    from plainlint.checks.sentence_shape import _RUN_TOGETHER, run_together, run_together_uncached

    words = ["oforganisations", "thewillingness", "beneeded", "dependon", "oftheapplications", "together",
             "become", "underinvestment", "offences", "council", "partnership", "tothe", "residents"]
    for word in words * 2:  # the second time from memory
        assert run_together(word) == run_together_uncached(word), word
        assert run_together(word, False) == run_together_uncached(word, False), word
    assert all(w in _RUN_TOGETHER for w in words)
    assert run_together("oforganisations") and run_together("beneeded") and not run_together("together")
