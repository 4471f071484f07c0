#!/usr/bin/env python3
"""Regenerate the expected outputs of the Pyrolyn conformance corpus with CPython.

For every ``tests/conformance/**/*.py`` (except this file and files whose name
starts with ``_``) the script is run with ``sys.executable`` and:

* ``NAME.expected`` receives the exact stdout bytes;
* if the exit code is not 0, ``NAME.expected_error`` receives two lines::

      exit: <code>
      last: <last non-empty line of stderr>

  otherwise any stale ``NAME.expected_error`` is deleted.

Usage::

    python3 tests/conformance/regen.py            # (re)write the expected files
    python3 tests/conformance/regen.py --check    # exit 1 if any file would change

Works from any current directory.
"""

import os
import subprocess
import sys
from pathlib import Path

# Directory holding the corpus: the directory of this very file.
ROOT = Path(__file__).resolve().parent

TIMEOUT_SECONDS = 30


def find_scripts():
    """Return all corpus scripts, sorted for a stable order."""
    scripts = []
    for path in sorted(ROOT.rglob("*.py")):
        if path.resolve() == Path(__file__).resolve():
            continue
        if path.name.startswith("_"):
            continue
        scripts.append(path)
    return scripts


def child_environment():
    """Environment for the scripts: deterministic hashing, UTF-8 stdio."""
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    # Avoid writing __pycache__ directories into the corpus.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_script(script):
    """Run one script; return (stdout bytes, exit code, stderr text)."""
    try:
        proc = subprocess.run(
            [sys.executable, script.name],
            cwd=script.parent,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_environment(),
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        sys.exit(f"error: {script} timed out after {TIMEOUT_SECONDS}s")
    stderr = proc.stderr.decode("utf-8", errors="replace")
    return proc.stdout, proc.returncode, stderr


def last_nonempty_line(text):
    """Last line of text that is not blank (stripped of trailing spaces)."""
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def expected_files(script):
    """Compute {path: bytes or None} for a script; None means 'must not exist'."""
    stdout, code, stderr = run_script(script)
    out_path = script.with_suffix(".expected")
    err_path = script.with_suffix(".expected_error")
    files = {out_path: stdout}
    if code != 0:
        text = f"exit: {code}\nlast: {last_nonempty_line(stderr)}\n"
        files[err_path] = text.encode("utf-8")
    else:
        files[err_path] = None
    return files, code


def current_content(path):
    """Bytes currently on disk, or None when the file does not exist."""
    return path.read_bytes() if path.exists() else None


def main(argv):
    check = "--check" in argv[1:]
    scripts = find_scripts()
    failing = 0
    changed = []
    warnings = []
    for script in scripts:
        files, code = expected_files(script)
        if code != 0:
            failing += 1
            # Only scripts in errors/ and exceptions/ are allowed to end with an error.
            if script.parent.name not in ("errors", "exceptions"):
                warnings.append(f"{script.relative_to(ROOT)} exited with code {code}")
        for path, wanted in files.items():
            if current_content(path) == wanted:
                continue
            changed.append(path)
            if check:
                continue
            if wanted is None:
                path.unlink()
            else:
                path.write_bytes(wanted)

    print(f"{len(scripts)} scripts, {failing} fail on purpose "
          f"(exit code != 0), {len(scripts) - failing} succeed")
    if changed:
        verb = "would change" if check else "updated"
        print(f"{len(changed)} expected file(s) {verb}:")
        for path in changed:
            print(f"  {path.relative_to(ROOT)}")
    else:
        print("all expected files up to date")
    for warning in warnings:
        print(f"warning: {warning}")
    return 1 if (check and changed) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
