# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# A heredoc starting with an interpolation keeps an empty first part.
"""
#{x} and
  #{y}
"""
# CHECK: {:<<>>, [], ["", {:"::", [], [{{\{\{}}:., [], [Kernel, :to_string]}, [], [{:x, [], nil}]}, {:binary, [], nil}]}, " and\n  ", {:"::", [], [{{\{\{}}:., [], [Kernel, :to_string]}, [], [{:y, [], nil}]}, {:binary, [], nil}]}, "\n"]}
