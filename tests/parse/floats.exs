# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Floats print in Elixir's shortest round-trip form.
[1.5, 1.0e-3, 1.0e20, 0.1, 1_000.5, 123456789.0]
# CHECK: [1.5, 0.001, 1.0e20, 0.1, 1000.5, 123456789.0]
