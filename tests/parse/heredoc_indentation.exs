# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Heredocs lose the indentation of their closing delimiter.
x = """
    first
      indented
    last
    """
# CHECK: {:=, [], [{:x, [], nil}, "first\n  indented\nlast\n"]}
