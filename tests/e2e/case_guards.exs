# RUN: %athanor run %s | FileCheck --match-full-lines %s
# case clauses with guards, tried in order.
for v <- [-1, 0, 7, 2.5, :x] do
  r = case v do
    n when is_integer(n) and n < 0 -> :negative
    0 -> :zero
    n when is_integer(n) and rem(n, 2) == 1 -> :odd
    f when is_float(f) -> :float
    _ -> :other
  end
  IO.inspect(r)
end

# CHECK: :negative
# CHECK-NEXT: :zero
# CHECK-NEXT: :odd
# CHECK-NEXT: :float
# CHECK-NEXT: :other
