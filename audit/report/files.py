"""Writing report files: atomically, never through a symlink, never half-written."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from audit.errors import InputError


def write_pages(folder: Path, pages: Iterable[tuple[str, str]] | Mapping[str, str]) -> int:
    """Write every page into `folder`; returns how many. All appear, or none is touched.

    Each page goes to a temporary file as soon as it is rendered (an archive's pages are
    never all in memory); only when every page is rendered and written are they renamed into
    place, so a failure halfway leaves the folder as it was. A page that is a symlink is
    replaced, not followed, so a link planted in the reports folder cannot make the tool
    overwrite a file elsewhere.
    """
    if folder.exists() and not folder.is_dir():
        raise InputError("the reports folder is a file, not a folder", str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(
            f"cannot create the reports folder: {error.strerror or error}", str(folder)
        ) from None
    items = pages.items() if isinstance(pages, Mapping) else pages
    staged: list[tuple[str, Path]] = []
    try:
        for name, text in items:
            staged.append((_staged(folder / name, text), folder / name))
        for temporary, path in staged:
            _replace(temporary, path)
    finally:
        for temporary, _ in staged:  # left over only when something failed
            Path(temporary).unlink(missing_ok=True)
    return len(staged)


def write_atomically(path: Path, text: str | Iterable[str]) -> None:
    """Write `text` (or its pieces, as they come) to a temporary file beside `path`, then
    rename it into place."""
    temporary = _staged(path, text)
    try:
        _replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def _replace(temporary: str, path: Path) -> None:
    try:
        os.replace(temporary, path)  # replaces a symlink itself, never its target
    except OSError as error:
        raise InputError(f"cannot write: {error.strerror or error}", str(path)) from None


def _staged(path: Path, text: str | Iterable[str]) -> str:
    """`text` in a new temporary file beside `path`: its name, to be renamed into place."""
    if not path.parent.is_dir():
        raise InputError("cannot write: the folder does not exist", str(path))
    descriptor, temporary = -1, ""
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=".audit-", suffix=".tmp", dir=path.parent)
        # A character UTF-8 cannot hold (a lone surrogate from a JSON claims file) is
        # written as an escape rather than failing the page.
        with os.fdopen(descriptor, "w", encoding="utf-8", errors="backslashreplace") as out:
            descriptor = -1
            out.writelines([text] if isinstance(text, str) else text)
        return temporary
    except BaseException as error:
        # Pieces that come from a run (JSON Lines) may fail for reasons of their own: no
        # staged file is left behind either way.
        if descriptor >= 0:
            os.close(descriptor)
        if temporary:
            Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise InputError(f"cannot write: {error.strerror or error}", str(path)) from None
        raise
