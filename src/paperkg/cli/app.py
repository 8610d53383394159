"""The `paperkg` click group. Command modules register on it."""
from __future__ import annotations

import sys

import click

from paperkg import __version__
from paperkg.errors import PaperkgError


class PaperkgGroup(click.Group):
    """Turns PaperkgError into a one-line message and its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PaperkgError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)


@click.group(cls=PaperkgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="paperkg")
def main() -> None:
    """Build and explore a knowledge graph of a research field from paper abstracts.

    \b
    Example:
      paperkg build ../shared/corpus/*.txt
      paperkg stats
      paperkg query --list
    """
