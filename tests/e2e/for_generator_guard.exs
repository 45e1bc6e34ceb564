# RUN: %athanor run %s | FileCheck --match-full-lines %s
# A generator pattern may carry a guard (`pat when guard <- enum`): elements that do not
# match it, or fail the guard, are skipped.
people = [{"ann", 31}, {"bob", 12}, {"cy", 45}, :not_a_pair, {"dee", 17}]
IO.inspect(for {name, age} when age >= 18 <- people, do: name)
IO.inspect(for {name, age} when is_binary(name) and rem(age, 2) == 1 <- people, x <- [1, 2], do: {name, x})
IO.inspect(for x when x > 2 <- 1..5, reduce: 0 do
  acc -> acc + x
end)
IO.inspect(for {k, v} when v != nil <- %{a: 1, b: nil, c: 3}, into: %{}, do: {v, k})

# CHECK: ["ann", "cy"]
# CHECK-NEXT: [{"ann", 1}, {"ann", 2}, {"cy", 1}, {"cy", 2}, {"dee", 1}, {"dee", 2}]
# CHECK-NEXT: 12
# CHECK-NEXT: %{1 => :a, 3 => :c}
