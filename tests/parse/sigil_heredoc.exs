# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Heredoc sigils strip indentation like heredocs.
~S"""
  raw #{x}
  """
# CHECK: {:sigil_S, [], [{:<<>>, [], ["raw \#{x}\n"]}, []]}
