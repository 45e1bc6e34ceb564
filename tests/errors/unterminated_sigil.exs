# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# An unclosed sigil names the sigil and its delimiter.
# CHECK: error: missing terminator: ) (for sigil ~w( starting at line [[@LINE+1]])
words = ~w(a b c
