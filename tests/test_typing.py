"""The package type-checks: the public API is typed (py.typed), so its hints must hold."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_package_type_checks_with_mypy():
    api = pytest.importorskip("mypy.api")  # a test dependency; CI installs it
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", "/dev/null", str(ROOT / "src" / "boilerstrip")])
    assert status == 0, out + err
