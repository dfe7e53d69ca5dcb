"""The per-document work mapped over a document list with Dask's distributed scheduler, as the
README shows (needs the optional extra: pip install "plainlint[dask]")."""

import pytest

distributed = pytest.importorskip("distributed")

from plainlint.api import check_path  # noqa: E402
from plainlint.config import Config  # noqa: E402
from plainlint.engine import FileResult  # noqa: E402

TEXTS = {
    "a.md": "# Plan\n\nWe will utilise the money in order to help people.\n",
    "b.txt": "The report was written by officers prior to the meeting.\n",
    "c.md": "Plain words here. Nothing to find.\n",
    "d.txt": "We will facilitate the work going forward.\n",
}


@pytest.mark.slow
def test_check_path_on_a_dask_local_cluster(tmp_path):
    paths = []
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    (tmp_path / "broken.txt").write_bytes(b"PK\x03\x04 a zip, not text")
    paths.append(str(tmp_path / "broken.txt"))
    paths.append(str(tmp_path / "missing.md"))
    config = Config(ignore=["long-paragraph"])

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        futures = client.map(check_path, paths, config=config)
        results = client.gather(futures)

    assert [r["path"] for r in results] == paths
    expected = [check_path(p, config) for p in paths]
    assert results == expected  # plain data, the same wherever it ran
    rebuilt = [FileResult.from_plain(r) for r in results]
    assert {f.rule for f in rebuilt[0].findings} >= {"jargon", "wordy-phrase"}
    assert rebuilt[4].error["kind"] == "not-a-document"
    assert rebuilt[5].error["kind"] == "not-found"
