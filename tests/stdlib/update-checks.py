#!/usr/bin/env python3
"""Regenerates the CHECK lines of the tests/stdlib golden tests from real Elixir (a dev
tool: it needs `elixir` 1.14 in PATH; review the diff before committing).

    tests/stdlib/update-checks.py tests/stdlib/*.exs

Every `# CHECK...` line of a test is dropped; the program is run with `elixir` and its
stdout is appended as `# CHECK:` (first line), `# CHECK-NEXT:` and `# CHECK-EMPTY:` lines.
FileCheck reads `{{` as the start of a regex and `[[` as a variable, so those pairs are
written as the regexes `{{\\{\\{}}` and `{{\\[\\[}}`.
"""
import subprocess
import sys


def escape_for_filecheck(text):
    out = []
    i = 0
    while i < len(text):
        pair = text[i:i + 2]
        if pair == "{{":
            out.append("{{\\{\\{}}")
            i += 2
        elif pair == "[[":
            out.append("{{\\[\\[}}")
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def update(path):
    with open(path) as f:
        lines = [l for l in f.read().split("\n") if not l.lstrip().startswith("# CHECK")]
    while lines and lines[-1] == "":
        lines.pop()
    body = "\n".join(lines) + "\n"
    with open(path, "w") as f:
        f.write(body)
    r = subprocess.run(["elixir", path], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if r.returncode != 0:
        print(f"{path}: elixir exits with {r.returncode}:\n{r.stderr}", file=sys.stderr)
        return False
    out = r.stdout
    if out.endswith("\n"):
        out = out[:-1]
    if out == "":
        print(f"{path}: prints nothing", file=sys.stderr)
        return False
    checks = []
    for i, line in enumerate(out.split("\n")):
        if line.strip() == "":
            checks.append("# CHECK-EMPTY:")
        else:
            checks.append(("# CHECK: " if i == 0 else "# CHECK-NEXT: ") + escape_for_filecheck(line))
    with open(path, "w") as f:
        f.write(body + "\n".join(checks) + "\n")
    return True


if __name__ == "__main__":
    ok = [update(p) for p in sys.argv[1:]]
    sys.exit(0 if all(ok) else 1)
