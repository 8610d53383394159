"""Thin click commands over paperkg.api. Importing this registers every command."""

from paperkg.cli.app import main
from paperkg.cli import build, query  # noqa: F401  (registers commands)
from paperkg.cli import extract  # noqa: F401  (registers `extract`)
from paperkg.cli import views  # noqa: F401  (registers `view`)
from paperkg.cli import analytics  # noqa: F401  (registers rank, communities, trends, similar, path, gaps, concept)
from paperkg.cli import transfer  # noqa: F401  (registers `sync`, `export`)
from paperkg.cli import site  # noqa: F401  (registers `site`)
from paperkg.cli import boards  # noqa: F401  (registers `leaderboard`, `task`, `view leaderboard`, `view task`)

__all__ = ["main"]
