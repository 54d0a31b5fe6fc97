"""The Dask path on a real local cluster (2 worker processes)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

if os.environ.get("CI"):  # CI installs the [dask] extra: a missing one must fail, not skip
    import distributed  # noqa: F401
distributed = pytest.importorskip("distributed")
import dask.bag as db  # noqa: E402

import boilerstrip  # noqa: E402
from boilerstrip.batch.records import ARTICLE_FIELDS  # noqa: E402
from boilerstrip.integrations.dask import extract_bag, read_and_extract  # noqa: E402

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.txt"))


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       memory_limit="1GiB")
    with distributed.Client(cluster) as c:
        assert len(c.scheduler_info()["workers"]) == 2
        yield c
    cluster.close()


def test_extract_bag_one_row_per_item_in_order_on_two_workers(client):
    items = [{"id": f"p{i}", "text": p.read_text(encoding="utf-8"), "site": "x"} for i, p in enumerate(FIXTURES[:20])]
    items.insert(7, {"id": "broken", "body": "no text field"})
    items.insert(3, {"text": "không có id"})
    got = extract_bag(db.from_sequence(items, npartitions=4)).compute()
    assert len(got) == len(items)
    assert [r["id"] for r in got][:3] == ["p0", "p1", "p2"]
    assert got[3]["id"].startswith("partition-") and got[3]["error"] is None
    assert [r["id"] for r in got] == [i.get("id", got[3]["id"]) for i in items]
    broken = next(r for r in got if r["id"] == "broken")
    assert "missing text field" in broken["error"]
    for row, item in zip(got, items):
        if row["error"] is None:
            want = json.loads(json.dumps(boilerstrip.extract(item["text"]).to_dict(), ensure_ascii=False))
            assert {k: row[k] for k in ARTICLE_FIELDS} == want
            assert row["meta"] == {k: v for k, v in item.items() if k not in ("id", "text")}
    # the work really ran on the cluster's worker processes
    assert set(client.run(os.getpid).values()).isdisjoint({os.getpid()})


def test_read_and_extract_reads_files_on_the_workers(client, tmp_path):
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("\n".join(json.dumps({"id": f"j{i}", "text": p.read_text(encoding="utf-8")}, ensure_ascii=False)
                               for i, p in enumerate(FIXTURES[:5])) + "\n{bad json\n", encoding="utf-8")
    folder = tmp_path / "pages"
    folder.mkdir()
    for p in FIXTURES[5:9]:
        (folder / p.name).write_bytes(p.read_bytes())
    bag = read_and_extract([str(jsonl), str(folder)])
    assert bag.npartitions == 2
    got = bag.compute()
    assert [r["id"] for r in got] == [f"j{i}" for i in range(5)] + [f"{jsonl}:6"] + [p.name for p in FIXTURES[5:9]]
    assert "invalid JSON" in got[5]["error"]
