"""Dumps CPython's AST of every stdlib .py file, for the parser conformance test.

Walks sysconfig.get_paths()['stdlib'] (test directories included, site-packages excluded),
decodes each file as CPython does (importlib.util.decode_source: coding cookie, BOM, universal
newlines), and keeps the files that compile(..., ast.PyCF_ONLY_AST) accepts. Writes one JSON
object per line, {"path", "source", "dump"}, gzip-compressed, to the output path (argv[1]).
Files CPython rejects (bad encoding, syntax errors, null bytes) are skipped: those are the files
a conforming parser must also reject, which the test does not check.
"""
import ast
import gzip
import importlib.util
import json
import os
import sys
import sysconfig
import warnings


def main():
    out_path = sys.argv[1]
    root = sysconfig.get_paths()["stdlib"]
    files = []
    for directory, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "site-packages" and d != "__pycache__")
        files.extend(os.path.join(directory, n) for n in sorted(names) if n.endswith(".py"))
    accepted = 0
    tmp_path = out_path + ".tmp"
    with gzip.open(tmp_path, "wt", encoding="utf-8", compresslevel=3) as out:
        for path in files:
            try:
                with open(path, "rb") as f:
                    source = importlib.util.decode_source(f.read())
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    tree = compile(source, path, "exec", ast.PyCF_ONLY_AST)
            except (SyntaxError, ValueError, UnicodeDecodeError, LookupError, RecursionError, MemoryError):
                continue
            record = {"path": os.path.relpath(path, root), "source": source, "dump": ast.dump(tree)}
            out.write(json.dumps(record, ensure_ascii=True) + "\n")
            accepted += 1
    os.replace(tmp_path, out_path)
    print(f"{accepted} of {len(files)} files accepted by CPython {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
