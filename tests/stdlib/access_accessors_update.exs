# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Accessors with put_in/update_in/get_and_update_in/pop_in.
defmodule S do
  defstruct a: 1, b: 2
end

defmodule Main do
  def run do
    IO.inspect update_in(%{a: [1, 2, 3]}, [:a, Access.at(1)], &(&1 * 10))
    IO.inspect update_in([1, 2, 3], [Access.at(-1)], &(&1 * 10))
    IO.inspect update_in([1, 2, 3], [Access.at(7)], &(&1 * 10))
    IO.inspect update_in(%{a: [1, 2, 3]}, [:a, Access.filter(&(&1 > 1))], &(&1 * 10))
    IO.inspect update_in(%{a: {1, 2}}, [:a, Access.elem(0)], &(&1 * 10))
    IO.inspect update_in(%S{}, [Access.key!(:a)], &(&1 * 10))
    IO.inspect update_in([1, 2, 3, 4], [Access.slice(1..2)], &(&1 * 10))
    IO.inspect update_in([1, 2, 3, 4, 5], [Access.slice(1..-1//2)], &(&1 * 10))
    IO.inspect put_in(%{a: [1, 2]}, [:a, Access.all()], 0)
    IO.inspect put_in(%{}, [Access.key(:a, %{}), :b], 1)
    IO.inspect get_and_update_in(%{a: [1, 2]}, [:a, Access.all()], &{&1, &1 + 1})
    IO.inspect get_and_update_in([1, 2, 3, 4], [Access.at(-1)], &{&1, &1 * 2})
    IO.inspect get_and_update_in([1, 2, 3, 4], [Access.at(-10)], &{&1, 0})
    IO.inspect get_and_update_in({1, 2}, [Access.elem(1)], fn x -> {x, 0} end)
    IO.inspect get_and_update_in([1, 2, 3, 4], [Access.slice(1..2)], fn x -> {x * 2, x + 1} end)
    IO.inspect pop_in(%{a: [1, 2, 3]}, [:a, Access.at(0)])
    IO.inspect pop_in(%{a: [1, 2, 3]}, [:a, Access.all()])
    IO.inspect pop_in(%{a: [1, 2, 3]}, [:a, Access.filter(&(&1 > 1))])
    IO.inspect pop_in([1, 2, 3, 4], [Access.slice(1..2)])
    IO.inspect pop_in(%{a: 1}, [Access.key!(:a)])
    IO.inspect pop_in(%{a: 1, b: 2}, [Access.key(:a)])
  end
end

Main.run()
# CHECK: %{a: [1, 20, 3]}
# CHECK-NEXT: [1, 2, 30]
# CHECK-NEXT: [1, 2, 3]
# CHECK-NEXT: %{a: [1, 20, 30]}
# CHECK-NEXT: %{a: {10, 2}}
# CHECK-NEXT: %S{a: 10, b: 2}
# CHECK-NEXT: [1, 20, 30, 4]
# CHECK-NEXT: [1, 20, 3, 40, 5]
# CHECK-NEXT: %{a: [0, 0]}
# CHECK-NEXT: %{a: %{b: 1}}
# CHECK-NEXT: {[1, 2], %{a: [2, 3]}}
# CHECK-NEXT: {4, [1, 2, 3, 8]}
# CHECK-NEXT: {nil, [1, 2, 3, 4]}
# CHECK-NEXT: {2, {1, 0}}
# CHECK-NEXT: {[4, 6], [1, 3, 4, 4]}
# CHECK-NEXT: {1, %{a: [2, 3]}}
# CHECK-NEXT: {[1, 2, 3], %{a: []}}
# CHECK-NEXT: {[2, 3], %{a: [1]}}
# CHECK-NEXT: {[2, 3], [1, 4]}
# CHECK-NEXT: {1, %{}}
# CHECK-NEXT: {1, %{b: 2}}
