# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Anonymous functions with several clauses and guards.
f = fn
  0 -> :zero
  n when n > 0 -> :pos
  _ -> :neg
end
IO.inspect(Enum.map([0, 3, -3], f))

# CHECK: [:zero, :pos, :neg]
