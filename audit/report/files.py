"""Writing report files: atomically, never through a symlink, never half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from audit.errors import InputError


def write_pages(folder: Path, pages: dict[str, str]) -> None:
    """Write every page into `folder`; each appears whole or not at all.

    A page that is a symlink is replaced, not followed, so a link planted in the reports
    folder cannot make the tool overwrite a file elsewhere.
    """
    if folder.exists() and not folder.is_dir():
        raise InputError("the reports folder is a file, not a folder", str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(
            f"cannot create the reports folder: {error.strerror or error}", str(folder)
        ) from None
    for name, text in pages.items():
        write_atomically(folder / name, text)


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it into place."""
    if not path.parent.is_dir():
        raise InputError("cannot write: the folder does not exist", str(path))
    descriptor, temporary = -1, ""
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=".audit-", suffix=".tmp", dir=path.parent)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            descriptor = -1
            out.write(text)
        os.replace(temporary, path)  # replaces a symlink itself, never its target
    except OSError as error:
        if descriptor >= 0:
            os.close(descriptor)
        if temporary:
            Path(temporary).unlink(missing_ok=True)
        raise InputError(f"cannot write: {error.strerror or error}", str(path)) from None
