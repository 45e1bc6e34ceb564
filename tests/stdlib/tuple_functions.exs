# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Tuple.append/2, insert_at/3, delete_at/2, duplicate/2, to_list/1, sum/1 and product/1.
IO.inspect Tuple.append({:foo, :bar}, :baz)
IO.inspect Tuple.insert_at({:bar, :baz}, 0, :foo)
IO.inspect Tuple.insert_at({1, 2}, 2, 3)
IO.inspect Tuple.delete_at({:foo, :bar, :baz}, 0)
IO.inspect Tuple.duplicate(:hello, 3)
IO.inspect Tuple.duplicate(0, 0)
IO.inspect Tuple.to_list({:share, [:elixir, 163]})
IO.inspect Tuple.sum({255, 255})
IO.inspect Tuple.sum({255, 0.0})
IO.inspect Tuple.sum({})
IO.inspect Tuple.product({255, 255})
IO.inspect Tuple.product({255, 1.0})
IO.inspect Tuple.product({})
try do
  Tuple.insert_at({1}, 5, 0)
rescue
  e in ArgumentError -> IO.puts(inspect(e.__struct__))
end
# CHECK: {:foo, :bar, :baz}
# CHECK-NEXT: {:foo, :bar, :baz}
# CHECK-NEXT: {1, 2, 3}
# CHECK-NEXT: {:bar, :baz}
# CHECK-NEXT: {:hello, :hello, :hello}
# CHECK-NEXT: {}
# CHECK-NEXT: [:share, [:elixir, 163]]
# CHECK-NEXT: 510
# CHECK-NEXT: 255.0
# CHECK-NEXT: 0
# CHECK-NEXT: 65025
# CHECK-NEXT: 255.0
# CHECK-NEXT: 1
# CHECK-NEXT: ArgumentError
