"""Every command is documented in the README (after sqlite-utils' test_docs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.cli import main

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _leaf_commands(group, prefix=()):
    for name, cmd in sorted(group.commands.items()):
        if hasattr(cmd, "commands"):
            yield from _leaf_commands(cmd, prefix + (name,))
        else:
            yield " ".join(prefix + (name,))


@pytest.mark.parametrize("command", list(_leaf_commands(main)))
def test_command_is_in_readme(command):
    assert f"paperkg {command}" in README, f"README.md never shows `paperkg {command}`"
