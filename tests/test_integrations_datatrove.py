"""The datatrove step, run by datatrove's own LocalPipelineExecutor."""
from __future__ import annotations

import functools
import json
import os
from pathlib import Path

import pytest

if os.environ.get("CI"):  # CI installs the [datatrove] extra: a missing one must fail, not skip
    import datatrove  # noqa: F401
pytest.importorskip("datatrove")
from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.extractors.base import BaseExtractor  # noqa: E402

import boilerstrip  # noqa: E402
from boilerstrip.integrations.datatrove import BoilerstripExtractor  # noqa: E402

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "dev").glob("*.txt"))


def collect(data, rank: int = 0, world_size: int = 1, *, path: str):
    """Last pipeline step: write what reached it, so the test sees the executor's real output."""
    with open(f"{path}.{rank}", "w", encoding="utf-8") as f:
        for doc in data:
            f.write(json.dumps({"id": doc.id, "text": doc.text}, ensure_ascii=False) + "\n")
            yield doc


def test_is_a_datatrove_extractor_with_the_extract_contract():
    step = BoilerstripExtractor()
    assert isinstance(step, BaseExtractor)
    text = FIXTURES[0].read_text(encoding="utf-8")
    assert step.extract(text) == boilerstrip.extract(text).text


def test_runs_under_local_pipeline_executor(tmp_path):
    texts = {f"d{i}": p.read_text(encoding="utf-8") for i, p in enumerate(FIXTURES[:15])}
    docs = [Document(text=t, id=i) for i, t in texts.items()]
    sink = tmp_path / "out.jsonl"
    executor = LocalPipelineExecutor(
        pipeline=[docs, BoilerstripExtractor(timeout=30), functools.partial(collect, path=str(sink))],
        tasks=1, workers=1, logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    got = [json.loads(line) for line in Path(f"{sink}.0").read_text(encoding="utf-8").splitlines()]
    # datatrove keeps documents with a non-empty body, in order, and drops the rest
    want = [{"id": i, "text": boilerstrip.extract(t).text} for i, t in texts.items() if boilerstrip.extract(t).text]
    assert got == want
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "boilerstrip" in s["name"])
    assert step["stats"]["total"] == len(docs)
    assert step["stats"].get("extracted", 0) == len(docs)  # no timeout, no crash, no error
