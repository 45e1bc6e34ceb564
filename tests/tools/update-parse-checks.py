#!/usr/bin/env python3
"""Regenerates the CHECK line of tests/parse golden tests from real Elixir (a dev tool: it
needs `elixir` in PATH; review the diff before committing).

    tests/tools/update-parse-checks.py tests/parse/*.exs

Each test keeps its leading `# RUN:` line and comments and its code; every `# CHECK...:` line
is dropped and one `# CHECK: <quoted form>` line is appended, the output of
`elixir ../shared/tools/quoted.exs FILE`. FileCheck reads `{{` as the start of a regex and
`[[` as a variable, so those pairs are written as the regexes `{{\\{\\{}}` and `{{\\[\\[}}`.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
QUOTED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "tools", "quoted.exs"))


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
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    r = subprocess.run(["elixir", QUOTED, path], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{path}: elixir rejects it:\n{r.stderr}")
    quoted = r.stdout.rstrip("\n")
    with open(path, "a") as f:
        f.write("# CHECK: " + escape_for_filecheck(quoted) + "\n")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        update(p)
