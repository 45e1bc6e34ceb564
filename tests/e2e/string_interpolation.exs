# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Interpolation uses to_string: floats, atoms, lists as chardata, nil.
IO.puts("#{1} #{1.5} #{1000.0} #{:atom} #{nil}|#{[72, 105]} #{"s"}")
IO.puts("nested #{"inner #{1 + 1}"}")

# CHECK: 1 1.5 1.0e3 atom |Hi s
# CHECK-NEXT: nested inner 2
