# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Math do
  def square(x), do: x * x
  def add(a, b), do: a + b
  def compose(f, g), do: fn x -> g.(f.(x)) end
  def twice(f), do: compose(f, f)
  def make_counter(start), do: fn step -> start + step end
  def apply_n(_f, 0, x), do: x
  def apply_n(f, n, x), do: apply_n(f, n - 1, f.(x))
end

sq = &Math.square/1
add = &Math.add/2
inc = &(&1 + 1)
IO.inspect(sq.(7))
IO.inspect(add.(3, 4))
IO.inspect(inc.(41))
IO.inspect(Math.compose(sq, inc).(3))
IO.inspect(Math.twice(sq).(3))
IO.inspect(Math.apply_n(inc, 10, 0))
IO.inspect(Math.apply_n(&(&1 * 2), 10, 1))

c = Math.make_counter(100)
IO.inspect(Enum.map(1..3, c))

base = 10
adders = for i <- 1..3, do: fn x -> x + i * base end
IO.inspect(Enum.map(adders, fn f -> f.(1) end))

tuple_maker = &{&1, &2}
IO.inspect(tuple_maker.(:a, :b))
list_maker = &[&1, &1]
IO.inspect(list_maker.(:z))
str = &"<#{&1}>"
IO.inspect(str.("tag"))

IO.inspect(is_function(sq), label: "is_function")
IO.inspect(is_function(sq, 1), label: "arity 1")
IO.inspect(is_function(add, 1), label: "add arity 1")
IO.inspect(Function.info(add)[:arity])

fact = fn
  0, _self -> 1
  n, self -> n * self.(n - 1, self)
end
IO.inspect(fact.(20, fact))
IO.inspect(fact.(30, fact))

IO.inspect(Enum.map(["a", "bb", "ccc"], &String.length/1))
IO.inspect(Enum.reduce([1, 2, 3], 0, &+/2))
IO.inspect(Enum.map([1, 2, 3], &to_string/1))
IO.inspect(apply(Math, :add, [1, 2]))
IO.inspect(apply(fn a, b -> a * b end, [6, 7]))
up = &String.upcase/1
IO.inspect("hello" |> up.())
IO.inspect((fn -> :no_args end).())
IO.inspect(Enum.sort([3, 1, 2], &>=/2))

# CHECK: 49
# CHECK-NEXT: 7
# CHECK-NEXT: 42
# CHECK-NEXT: 10
# CHECK-NEXT: 81
# CHECK-NEXT: 10
# CHECK-NEXT: 1024
# CHECK-NEXT: 'efg'
# CHECK-NEXT: [11, 21, 31]
# CHECK-NEXT: {:a, :b}
# CHECK-NEXT: [:z, :z]
# CHECK-NEXT: "<tag>"
# CHECK-NEXT: is_function: true
# CHECK-NEXT: arity 1: true
# CHECK-NEXT: add arity 1: false
# CHECK-NEXT: 2
# CHECK-NEXT: 2432902008176640000
# CHECK-NEXT: 265252859812191058636308480000000
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: 6
# CHECK-NEXT: ["1", "2", "3"]
# CHECK-NEXT: 3
# CHECK-NEXT: 42
# CHECK-NEXT: "HELLO"
# CHECK-NEXT: :no_args
# CHECK-NEXT: [3, 2, 1]
