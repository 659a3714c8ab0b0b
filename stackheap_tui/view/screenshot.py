"""`s`: the picture saved as an SVG file, safely: in the current folder, under a name no
file has yet (`NAME-step-K.svg`, then `NAME-step-K-2.svg`, ...), created exclusively so
an existing file is never overwritten and a symbolic link never followed."""

from __future__ import annotations

import os
from pathlib import Path

_TRIES = 1_000
"""Names tried before giving up (a folder holding a thousand screenshots of one step)."""

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


class NotSaved(Exception):
    """The screenshot could not be written; the message says why, for a notice."""


def free_names(stem: str) -> list[str]:
    """`stem.svg`, `stem-2.svg`, `stem-3.svg`, ...: the names tried in turn."""
    return [f"{stem}.svg", *(f"{stem}-{n}.svg" for n in range(2, _TRIES + 1))]


def save_svg(svg: str, stem: str, folder: str | None = None) -> Path:
    """Write `svg` to a new file named after `stem` in `folder` (the current folder by
    default); returns its path, or raises NotSaved with the reason."""
    try:
        where = Path(folder) if folder is not None else Path.cwd()
    except OSError:  # the current folder was deleted (or cannot be read)
        raise NotSaved("the current folder no longer exists") from None
    data = svg.encode("utf-8")
    for name in free_names(stem):
        path = where / name
        try:
            descriptor = os.open(path, _FLAGS, 0o644)
        except FileExistsError:  # a file, a folder or a link of that name: the next name
            continue
        except OSError as error:
            raise NotSaved(_reason(error, where)) from None
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(data)
        except OSError as error:
            path.unlink(missing_ok=True)
            raise NotSaved(_reason(error, where)) from None
        return path
    raise NotSaved(f"{where} already holds {_TRIES} screenshots of this step")


def _reason(error: OSError, where: Path) -> str:
    if isinstance(error, PermissionError):
        return f"no permission to write in {where}"
    if isinstance(error, FileNotFoundError):
        return f"the folder {where} no longer exists"
    return f"{error.strerror or error} ({where})"
