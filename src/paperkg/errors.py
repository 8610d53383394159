"""One exception family. Lower layers raise these with the bad value and what
was expected; the CLI turns them into a one-line message and a non-zero exit."""


class PaperkgError(Exception):
    """Base of every error paperkg raises on purpose."""

    exit_code = 1


class InputError(PaperkgError):
    """A source file or record that cannot be read: names file and line."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path, self.line, self.reason = path, line, message
        where = f"{path}:{line}: " if path and line else (f"{path}: " if path else "")
        super().__init__(f"{where}{message}")


class StoreError(PaperkgError):
    """The graph store cannot be opened, written or queried."""

    exit_code = 3


class StoreBusyError(StoreError):
    """Another process holds the store's single writer lock."""


class OutputError(PaperkgError):
    """A file paperkg must write (a skip report, an export) cannot be written: names the path."""

    exit_code = 3


class QueryError(PaperkgError):
    """An unknown named query, a missing parameter or a failing statement."""

    exit_code = 2


class NotFoundError(PaperkgError):
    """A concept or paper name that is not in the graph; carries suggestions."""

    exit_code = 1

    def __init__(self, message: str, suggestions: list[str] | None = None):
        self.suggestions = list(suggestions or [])
        if self.suggestions:
            message += "; did you mean: " + ", ".join(self.suggestions) + "?"
        super().__init__(message)
