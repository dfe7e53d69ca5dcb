"""Non-finite and absurd numbers are one error naming the key, never a traceback or a limit
silently turned off (issue 23, item 7)."""

import pytest

from plainlint.config import ConfigResolver, load_file
from plainlint.errors import ConfigError


@pytest.mark.parametrize("key, value", [
    ("timeout", "inf"), ("timeout", "nan"), ("timeout", "-inf"), ("timeout", "1e400"), ("timeout", "0"),
    ("timeout", "1e9"), ("max-memory-mb", "inf"), ("max-memory-mb", "nan"), ("max-zip-ratio", "nan"),
    ("max-zip-ratio", "0.5"), ("max-file-mb", "nan"), ("max-text-mb", "inf"), ("max-unzipped-mb", "nan"),
    ("jobs", "0"), ("jobs", "100000"),
])
def test_bad_numbers_in_a_config_file_name_the_key(tmp_path, key, value):
    cfg = tmp_path / ".plainlint.toml"
    cfg.write_text(f"{key} = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_file(cfg)
    assert f"'{key}'" in str(info.value) and str(cfg) in str(info.value)


@pytest.mark.parametrize("value", ["nan", "inf", "1e300"])
def test_bad_numbers_in_rule_options(tmp_path, value):
    cfg = tmp_path / ".plainlint.toml"
    cfg.write_text(f"[rules.long-sentence]\nmax-words = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="long-sentence.max-words"):
        load_file(cfg)


def test_sane_numbers_still_load(tmp_path):
    cfg = tmp_path / ".plainlint.toml"
    cfg.write_text("timeout = 30\nmax-zip-ratio = 150.5\njobs = 2\nmax-memory-mb = 1024\n", encoding="utf-8")
    c = load_file(cfg)
    assert (c.timeout, c.max_zip_ratio, c.jobs, c.max_memory_mb) == (30, 150.5, 2, 1024)


@pytest.mark.parametrize("value", [float("inf"), float("nan"), 1e12])
def test_bad_override_names_the_option(value):
    with pytest.raises(ConfigError, match="--timeout"):
        ConfigResolver(isolated=True, overrides={"timeout": value}).for_path(None)


def test_deeply_nested_toml_is_one_error(tmp_path):
    cfg = tmp_path / ".plainlint.toml"
    cfg.write_text("select = " + "[" * 100000 + "]" * 100000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_file(cfg)


def test_command_line_numbers(run_cli, tmp_path):
    doc = tmp_path / "a.md"
    doc.write_text("Hello.\n", encoding="utf-8")
    for args in (["--timeout", "1e400"], ["--timeout", "nan"]):
        code, out, err = run_cli("check", "--isolated", doc, *args)
        assert code == 2, err
        assert "Traceback" not in err and "timeout" in err
        assert len(err.strip().splitlines()) == 1
    cfg = tmp_path / ".plainlint.toml"
    cfg.write_text("select = " + "[" * 100000 + "]" * 100000 + "\n", encoding="utf-8")
    code, out, err = run_cli("check", doc)
    assert code == 2 and "Traceback" not in err and "not valid TOML" in err
