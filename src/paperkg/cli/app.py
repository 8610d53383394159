"""The `paperkg` click group. Command modules register on it."""

from __future__ import annotations

import os
import sys

import click

from paperkg import __version__
from paperkg.errors import PaperkgError
from paperkg.cli.options import printable


class PaperkgGroup(click.Group):
    """Turns PaperkgError into a one-line message and its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PaperkgError as exc:
            click.echo(f"error: {printable(str(exc))}", err=True)
            sys.exit(exc.exit_code)
        except click.exceptions.Exit:
            raise
        except click.ClickException as exc:  # a bad option or argument: one line too, exit 2
            where = getattr(exc, "ctx", None)
            hint = f" (see `{where.command_path} --help`)" if isinstance(exc, click.UsageError) and where else ""
            click.echo(f"error: {printable(' '.join(exc.format_message().split()))}{hint}", err=True)
            sys.exit(exc.exit_code)
        except BrokenPipeError:
            # the reader of stdout stopped early (`paperkg ... | head`): what it read is all it wanted, so no
            # error line; the rest of stdout goes nowhere so the exit's flush does not fail again. 141 is
            # what a shell reports for a process ended by SIGPIPE, as `cat` would be.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(141)
        except OSError as exc:
            # the last line of defence: a file or disk problem no lower layer named
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"error: {printable(where + (exc.strerror or str(exc)))}", err=True)
            sys.exit(3)
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
