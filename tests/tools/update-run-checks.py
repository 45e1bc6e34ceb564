#!/usr/bin/env python3
"""Regenerates the CHECK lines of run tests (tests/e2e, tests/stdlib, tests/otp, ...) from
real Elixir: a development tool that needs `elixir` in PATH; review the diff before
committing. No test of ours needs Elixir to run.

    tests/tools/update-run-checks.py tests/e2e/*.exs

Each file keeps its `# RUN:` lines, comments and code; every `# CHECK...:` line is dropped,
then the file's stdout under `elixir FILE` is appended as `# CHECK:` (first line) and
`# CHECK-NEXT:` lines (`# CHECK-EMPTY:` for empty lines), so the whole output must appear
in order. FileCheck's `{{` and `[[` are escaped as regexes.
"""
import subprocess
import sys


def escape(text):
    return text.replace("{{", "{{\\{\\{}}").replace("[[", "{{\\[\\[}}")


def update(path):
    with open(path) as f:
        lines = [l for l in f.read().split("\n") if not l.lstrip().startswith("# CHECK")]
    while lines and lines[-1] == "":
        lines.pop()
    res = subprocess.run(["elixir", path], capture_output=True, text=True, timeout=60)
    out = res.stdout.split("\n")
    if out and out[-1] == "":
        out.pop()
    checks = []
    for i, line in enumerate(out):
        if line.strip() == "":
            checks.append("# CHECK-EMPTY:")
        else:
            checks.append(("# CHECK: " if i == 0 else "# CHECK-NEXT: ") + escape(line))
    with open(path, "w") as f:
        f.write("\n".join(lines + [""] + checks) + "\n")
    return res.returncode


for p in sys.argv[1:]:
    code = update(p)
    print(f"{p}: {'ok' if code == 0 else 'elixir exit code %d' % code}")
