"""setup.py's compiled build (PAPERKG_COMPILE=1, mypyc), checked without building it (a build takes ~7 minutes):
the module list names real files, the mode is chosen from the environment and the setuptools command, mypyc is
told to call CPython's str.lower, and the speed benchmark says which build it measured."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def setup_py():
    return _load("paperkg_setup_under_test", ROOT / "setup.py")


def test_every_module_entry_is_a_real_source_file(setup_py):
    src = ROOT / "src"
    files = setup_py.module_files(src)
    assert len(files) == len(set(files)) >= len(setup_py.COMPILED_MODULES)
    for f in files:
        assert (src / f).is_file() and f.endswith(".py") and f.startswith("paperkg/"), f
    # the pipeline's hot modules are in; phrase_stats is not (PhraseTable pickles its __dict__)
    assert {"paperkg/extract/tokens.py", "paperkg/extract/concepts.py", "paperkg/extract/results/values.py"} <= set(
        files
    )
    assert "paperkg/extract/phrase_stats.py" not in files


def test_an_entry_that_matches_nothing_stops_the_build(setup_py, monkeypatch):
    monkeypatch.setattr(setup_py, "COMPILED_MODULES", [*setup_py.COMPILED_MODULES, "paperkg/extract/gone.py"])
    with pytest.raises(SystemExit, match="gone.py"):
        setup_py.module_files(ROOT / "src")


def test_compiled_copy_uses_the_same_list(setup_py):
    copy = _load("compiled_copy_under_test", ROOT / "scripts" / "compiled_copy.py")
    assert copy.load_setup().module_files(ROOT / "src") == setup_py.module_files(ROOT / "src")
    assert not hasattr(copy, "MODULES")  # one list, in setup.py


@pytest.mark.parametrize(
    ("env", "argv", "mode"),
    [
        ({}, ["setup.py", "bdist_wheel"], "pure"),
        ({"PAPERKG_COMPILE": "0"}, ["setup.py", "bdist_wheel"], "pure"),
        ({"PAPERKG_COMPILE": ""}, ["setup.py", "bdist_wheel"], "pure"),
        ({"PAPERKG_COMPILE": "1"}, ["setup.py", "bdist_wheel", "--dist-dir", "/tmp/x"], "compiled"),
        ({"PAPERKG_COMPILE": "1"}, ["setup.py", "build_ext", "--inplace"], "compiled"),
        ({"PAPERKG_COMPILE": " 1 "}, ["setup.py", "install"], "compiled"),
        # editable installs (`make install`, `make dev`) stay pure whatever the variable says
        ({"PAPERKG_COMPILE": "1"}, ["setup.py", "editable_wheel", "--dist-dir", "/tmp/x"], "pure"),
        ({"PAPERKG_COMPILE": "1"}, ["setup.py", "develop"], "pure"),
        ({}, ["setup.py", "editable_wheel"], "pure"),
        # metadata steps never compile (pip runs them before build_wheel)
        ({"PAPERKG_COMPILE": "1"}, ["setup.py", "egg_info"], "pure"),
        ({"PAPERKG_COMPILE": "1"}, ["setup.py", "dist_info", "--output-dir", "/tmp/x"], "pure"),
        ({"PAPERKG_COMPILE": "1"}, ["setup.py", "sdist"], "pure"),
    ],
)
def test_build_mode(setup_py, env, argv, mode):
    assert setup_py.build_mode(env, argv) == mode


@pytest.mark.parametrize("value", ["yes", "true", "2", "on"])
def test_an_unknown_compile_value_is_an_error_not_a_guess(setup_py, value):
    with pytest.raises(SystemExit, match="PAPERKG_COMPILE"):
        setup_py.build_mode({"PAPERKG_COMPILE": value}, ["setup.py", "bdist_wheel"])


def test_mypyc_is_told_to_call_python_str_lower(setup_py, monkeypatch):
    registry = pytest.importorskip("mypyc.primitives.registry")
    pytest.importorskip("mypyc.primitives.str_ops")  # registers the str primitives
    ops = dict(registry.method_call_ops)
    monkeypatch.setattr(registry, "method_call_ops", ops)
    before = [op.c_function_name for op in ops["lower"]]
    assert "CPyStr_Lower" in before
    setup_py.use_python_lower()
    after = [op.c_function_name for op in ops.get("lower", [])]
    # from 3.13 on mypyc's primitive calls CPython's method for non-ASCII strings itself, and is kept
    assert ("CPyStr_Lower" in after) == (sys.version_info >= (3, 13))
    assert "CPyStr_Upper" in [op.c_function_name for op in ops["upper"]]  # no context rule: kept


def test_the_speed_benchmark_names_the_build():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        speed = _load("extract_speed_under_test", ROOT / "benchmarks" / "extract_speed.py")
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    from paperkg.extract import load_pipeline

    load_pipeline()
    label = speed.extractor_build()
    import paperkg.extract.tokens as tokens

    compiled = not tokens.__file__.endswith(".py")
    assert label.startswith("compiled (" if compiled else "pure Python (")
