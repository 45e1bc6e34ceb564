# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# An unclosed heredoc.
# CHECK: error: missing terminator: """ (for heredoc starting at line [[@LINE+1]])
x = """
  text
