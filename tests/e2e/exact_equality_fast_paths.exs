# RUN: %athanor run %s | FileCheck --match-full-lines %s
# === answers plain cases without the general term comparison (term/Compare.h:
# exactEqual): refs, floats and bignums by their words (0.0 === -0.0 as on OTP 25), lists
# and tuples element by element, and everything else as before.
r = make_ref()
IO.inspect(r === r)
IO.inspect(make_ref() === r)
IO.inspect(0.0 === -0.0)
IO.inspect(1.5 === 1.5)
IO.inspect(1 === 1.0)
IO.inspect(12345678901234567890123 === 12345678901234567890123)
IO.inspect(12345678901234567890123 === -12345678901234567890123)
IO.inspect(12345678901234567890123 === 123456789012345678901234567890)
IO.inspect({:a, r} === {:a, r})
IO.inspect({:a, r} === {:a, make_ref()})
IO.inspect({1, 2} === {1, 2, 3})
IO.inspect("abc" === "abc")
IO.inspect(binary_part("xabc", 1, 3) === "abc")
IO.inspect([1, 2] === [1, 2])
IO.inspect([1, 2 | 3] === [1, 2 | 3])
IO.inspect([1, 2] === [1, 2.0])
IO.inspect(%{a: 1} === %{a: 1})
IO.inspect([:alias | r] === [:alias | r])
tag = [:alias | r]
send(self(), {[:alias | make_ref()], :other})
send(self(), {tag, :mine})
receive do
  {^tag, v} -> IO.inspect(v)
end

# CHECK: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: :mine
