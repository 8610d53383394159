"""paperkg's build: pure Python by default; `PAPERKG_COMPILE=1` compiles the extractor's hot modules with mypyc.

    pip install .                       # pure Python (as `make install`, which is editable and always pure)
    PAPERKG_COMPILE=1 pip install .     # the modules in COMPILED_MODULES as C extensions (~7 min, needs gcc and
                                        # Python's headers; extraction ~25% fewer instructions, same output)

Everything else about the package is in pyproject.toml; this file only adds the compiled modules. The compiled
build is opt-in because it costs ~7 minutes of one core per install and a C toolchain, and because a wrong type
annotation that pure Python ignores becomes a run-time TypeError in compiled code only (see README, "Compiled
build"). It fails with the compiler's error rather than falling back to pure Python, so a compiled build asked for
is a compiled build got. Editable installs (`pip install -e .`, the Makefile's `install`/`dev`) are always pure:
compiling would put `.so` files beside src/'s `.py` files, which Python imports first, so edits would be ignored.

scripts/compiled_copy.py (`make compiled`) builds the same modules the same way into a copy of src/ for measuring;
it reads COMPILED_MODULES and calls mypyc_extensions from here, so the list and the build options are one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

#: the modules compiled, as globs relative to src/: the pipeline's components and what they call per abstract
#: (stop 39's profile). Not phrase_stats, whose PhraseTable pickles its `__dict__`, which a compiled class has not.
COMPILED_MODULES = [
    "paperkg/extract/__init__.py",
    "paperkg/extract/tokens.py",
    "paperkg/extract/context.py",
    "paperkg/extract/rules.py",
    "paperkg/extract/concepts.py",
    "paperkg/extract/names.py",
    "paperkg/extract/abbreviation.py",
    "paperkg/extract/decision.py",
    "paperkg/extract/lexicon.py",
    "paperkg/extract/proposals.py",
    "paperkg/extract/results/*.py",
    "paperkg/language_pairs.py",
    "paperkg/names.py",
]

#: what the compiled build needs at build time only (the wheel's run-time dependencies stay those of pyproject.toml)
MYPYC_REQUIREMENT = "mypy>=2.4,<3"

#: setuptools commands that lay out the package's files for a non-editable install (pip's build_wheel runs
#: bdist_wheel); metadata commands (egg_info, dist_info) and editable_wheel/develop never compile
_BUILD_COMMANDS = frozenset({"bdist_wheel", "build", "build_ext", "install", "bdist"})
_EDITABLE_COMMANDS = frozenset({"editable_wheel", "develop"})


def compile_requested(environ: Mapping[str, str]) -> bool:
    """Whether PAPERKG_COMPILE asks for the compiled build: "1" yes, unset, empty or "0" no, anything else an error."""
    value = environ.get("PAPERKG_COMPILE", "").strip()
    if value not in ("", "0", "1"):
        raise SystemExit(f"PAPERKG_COMPILE={value!r}: use 1 (compiled extractor) or 0 / unset (pure Python)")
    return value == "1"


def build_mode(environ: Mapping[str, str], argv: Sequence[str]) -> str:
    """The build: "compiled" when PAPERKG_COMPILE=1 and setuptools builds a non-editable install or wheel, else "pure"."""
    commands = set(argv[1:])
    if not compile_requested(environ) or commands & _EDITABLE_COMMANDS:
        return "pure"
    return "compiled" if commands & _BUILD_COMMANDS else "pure"


def module_files(src: Path) -> list[str]:
    """COMPILED_MODULES expanded under `src`, as paths relative to it, sorted; a pattern that matches no file is
    an error (a renamed module must not drop out of the compiled build unnoticed)."""
    files: set[str] = set()
    for pattern in COMPILED_MODULES:
        found = sorted(p.relative_to(src).as_posix() for p in src.glob(pattern) if p.is_file())
        if not found:
            raise SystemExit(f"setup.py: COMPILED_MODULES entry {pattern!r} matches no file under {src}")
        files.update(found)
    return sorted(files)


def use_python_lower() -> None:
    """Make mypyc call CPython's own `str.lower` instead of its primitive, before Python 3.13.

    There mypyc's primitive (CPyStr_Lower) lower-cases each character alone, without the final-sigma rule, so
    "ΟΔΟΣ".lower() gives "οδοσ" where Python gives "οδος" (stop 42). Without the primitive mypyc emits a plain method
    call, which is CPython's `str.lower` itself: output identical by construction, for every `.lower()` in the
    compiled modules, at ~35k instructions an abstract (~260 calls; +0.5% of the compiled count, stop 46). From 3.13
    on the primitive calls CPython's method for any non-ASCII string, so it is kept. `upper`, `isspace`, `isalnum`
    and `isdigit` have no context rule; their primitives are kept.
    """
    if sys.version_info >= (3, 13):
        return
    # mypyc ships with mypy, a build requirement of the compiled build; str_ops registers the str primitives
    import mypyc.primitives.str_ops  # noqa: F401
    from mypyc.primitives import registry

    ops = registry.method_call_ops.get("lower", [])
    kept = [op for op in ops if op.c_function_name != "CPyStr_Lower"]
    if len(kept) == len(ops):
        raise SystemExit("setup.py: mypyc has no CPyStr_Lower primitive to replace; check use_python_lower()")
    registry.method_call_ops["lower"] = kept


def mypyc_extensions(files: Sequence[str], config: str, opt_level: str = "3") -> list:
    """The C extensions of `files` (module paths, relative to the current directory) by mypyc."""
    use_python_lower()
    from mypyc.build import mypycify

    # mypyc stops at any mypy message; annotation-unchecked is only a note
    options = ["--config-file", config, "--disable-error-code", "annotation-unchecked"]
    return mypycify([*files, *options], opt_level=opt_level, group_name="paperkg")


if __name__ == "__main__":
    from setuptools import setup

    here = Path(__file__).resolve().parent
    wanted = compile_requested(os.environ)
    mode = build_mode(os.environ, sys.argv)
    ext_modules = []
    if mode == "compiled":
        os.chdir(here)  # mypy names the modules from the paths: src/paperkg/... -> paperkg...
        src_files = [f"src/{f}" for f in module_files(here / "src")]
        ext_modules = mypyc_extensions(src_files, str(here / "pyproject.toml"))
    elif wanted and set(sys.argv[1:]) & _EDITABLE_COMMANDS:
        print("setup.py: PAPERKG_COMPILE=1 ignored for an editable install (always pure Python)", file=sys.stderr)
    # setup_requires is how setuptools' build backend learns an extra build requirement (get_requires_for_build_*)
    setup(ext_modules=ext_modules, setup_requires=[MYPYC_REQUIREMENT] if wanted else [])
