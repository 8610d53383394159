"""A copy of src/ with the extractor's hot modules compiled to C extensions by mypyc, for measuring them.

    .venv/bin/python scripts/compiled_copy.py [--out build/compiled] [--opt 3]
    PYTHONPATH=build/compiled/src .venv/bin/python benchmarks/extract_speed.py --n 4000

The copy is made from the working tree's src/ (uncommitted changes included) into `--out`/src, and the
compiled modules (`.so` beside each `.py`, which Python imports first) are built there, never in src/: the
dev venv is an editable install of src/, so a compiled module left next to its source would shadow every
later edit of it. The modules and the build options are setup.py's (COMPILED_MODULES, mypyc_extensions: the
same build as `PAPERKG_COMPILE=1 pip install .`, which installs it instead). Needs mypy (a dev dependency; mypyc
ships with it), a C compiler and Python's headers. About 6-7 minutes of one core at -O3 on the 2-core dev machine.
Output is byte-identical to pure Python (checked on the seed corpus, data/annotations/texts.jsonl, 2,000 ACL
abstracts and the hyphenation set; mypyc's own `str.lower` missed the Greek final sigma before Python 3.13, so
setup.py makes it call CPython's: benchmarks/results/extract_speed.md, stops 42 and 46).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_setup():
    """The repository's setup.py as a module (not run as a build): COMPILED_MODULES, module_files, mypyc_extensions."""
    spec = importlib.util.spec_from_file_location("paperkg_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# the modules and the build options are setup.py's (its PAPERKG_COMPILE=1 build), loaded from there
_SETUP = """import importlib.util
from setuptools import setup

spec = importlib.util.spec_from_file_location("paperkg_setup", {setup_py!r})
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)
setup(name="paperkg-compiled", py_modules=[], ext_modules=build.mypyc_extensions({modules!r}, {config!r}, {opt!r}))
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "build" / "compiled"), help="where the copy goes (replaced)")
    ap.add_argument("--opt", default="3", choices=["0", "1", "2", "3"], help="the C compiler's -O level")
    a = ap.parse_args(argv)
    out = Path(a.out).resolve()
    if out == ROOT or ROOT / "src" in (out, *out.parents):
        ap.error("--out must not be the repository or inside src/")
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(ROOT / "src", out / "src", ignore=shutil.ignore_patterns("__pycache__", "*.so", ".mypy_cache"))
    src = out / "src"
    modules = load_setup().module_files(src)
    setup = out / "setup_compiled.py"
    setup.write_text(
        _SETUP.format(setup_py=str(ROOT / "setup.py"), config=str(ROOT / "pyproject.toml"), modules=modules, opt=a.opt)
    )
    cmd = [sys.executable, str(setup), "build_ext", "--inplace"]
    run = subprocess.run(cmd, cwd=src, capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stdout[-4000:] + run.stderr[-4000:])
        return run.returncode
    print(f"{len(modules)} modules compiled under {src}")
    print(f"use: PYTHONPATH={src} {sys.executable} benchmarks/extract_speed.py --n 4000")
    return 0


if __name__ == "__main__":
    sys.exit(main())
