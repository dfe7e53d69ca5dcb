"""What a newcomer meets first is true: the licence the metadata names is there, the README
links nothing outside the repository and names no tag that does not exist, the tests never
install system packages (.ci/run does), and CI runs the Dask route (issue 23, item 17)."""

import re
import subprocess

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_licence_file_matches_the_metadata():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^license = "MIT"', pyproject, re.M)
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "WITHOUT WARRANTY OF ANY KIND" in text


def test_readme_points_only_inside_the_repository():
    assert "../shared" not in README.replace("../shared/corpus", "")  # the corpus note says it may be absent
    for target in re.findall(r"\]\(([^)#]+)", README):
        if "://" in target:
            continue
        assert (ROOT / target).exists(), f"README links {target}, which is not in the repository"


def test_readme_names_no_missing_tag():
    try:
        tags = subprocess.run(["git", "tag", "-l"], cwd=ROOT, capture_output=True, text=True,
                              timeout=30).stdout.split()
    except (OSError, subprocess.TimeoutExpired):  # pragma: no cover - no git: nothing to compare
        tags = None
    named = re.findall(r"rev:\s*(\S+)", README) + re.findall(r"plainlint@([\w.\-]+)", README)
    assert named
    for ref in named:
        if re.fullmatch(r"v?\d+(\.\d+)*", ref) and tags is not None:
            assert ref in tags, f"README names the tag {ref}, which the repository does not have"


def test_tests_never_install_system_packages_and_ci_does():
    for path in (ROOT / "tests").rglob("*.py"):
        if path.name == "test_project_files.py":
            continue
        assert '"apt-get"' not in path.read_text(encoding="utf-8"), f"{path} runs apt-get"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "command -v apt-get" in ci and 'id -u' in ci  # guarded: only where apt-get and root exist
    assert "chromium" in ci and "libreoffice" in ci
    assert re.search(r'pip install "\.\[[^\]]*dask', ci), "CI must install the dask extra so test_dask runs"


def test_explain_prints_options_as_valid_toml_and_no_empty_heading():
    import sys

    from plainlint.engine import all_rules
    from plainlint.explain import explain_text, toml_value

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

    assert toml_value("don't") == '"don\'t"' and toml_value(True) == "true" and toml_value([1, "a"]) == '[1, "a"]'
    assert tomllib.loads("x = " + toml_value('say "it" and don\'t'))["x"] == 'say "it" and don\'t'
    for rid, rule in all_rules().items():
        text = explain_text(rid)
        lines = text.splitlines()
        if "Options (set in" not in text:
            continue
        start = next(i for i, line in enumerate(lines) if line.startswith("Options (set in"))
        body = []
        for line in lines[start + 1:]:
            if not line.startswith("  "):
                break
            body.append(line.strip())
        assert body, f"{rid}: an Options heading with nothing under it"
        parsed = tomllib.loads("\n".join(body))
        for k, v in parsed.items():
            assert v == rule.options[k], (rid, k)
