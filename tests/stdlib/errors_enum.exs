# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum functions given bad arguments raise what Elixir 1.14 raises, with its messages.
defmodule T do
  def r(f) do
    try do
      IO.inspect f.()
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end
end

T.r(fn -> Enum.at([1], :a) end)
T.r(fn -> Enum.at(:x, 0) end)
T.r(fn -> Enum.fetch!([1], 5) end)
T.r(fn -> Enum.take([1], :a) end)
T.r(fn -> Enum.drop([1], :a) end)
T.r(fn -> Enum.chunk_every([1], 0) end)
T.r(fn -> Enum.chunk_every([1], 2, 0) end)
T.r(fn -> Enum.take_every([1], -1) end)
T.r(fn -> Enum.drop_every([1], -1) end)
T.r(fn -> Enum.map_every([1], -1, & &1) end)
T.r(fn -> Enum.split([1], :a) end)
T.r(fn -> Enum.slice([1], :a) end)
T.r(fn -> Enum.slice([1], 0, -1) end)
T.r(fn -> Enum.random([]) end)
T.r(fn -> Enum.min([]) end)
T.r(fn -> Enum.join([1], 1) end)
T.r(fn -> Enum.map_join([1], 1, & &1) end)
T.r(fn -> Enum.count_until([1], 0) end)
T.r(fn -> Enum.reverse_slice([1], -1, 1) end)
T.r(fn -> Enum.with_index([1], :a) end)
T.r(fn -> Enum.zip_with([1], [2], & &1) end)
T.r(fn -> Enum.frequencies_by([1], :a) end)
T.r(fn -> Enum.group_by([1], :a) end)
T.r(fn -> Enum.sort([1], :bad) end)
T.r(fn -> Enum.sort_by([1], & &1, :bad) end)
T.r(fn -> Enum.max_by([1], :a) end)
T.r(fn -> Enum.min_max_by([1], & &1, :a) end)
T.r(fn -> Enum.into([1], %{}) end)
T.r(fn -> Enum.into([1], :a) end)
T.r(fn -> Enum.into([1], "") end)
T.r(fn -> Enum.sum([:a]) end)
T.r(fn -> Enum.product(["a"]) end)
T.r(fn -> Enum.unzip([1]) end)
T.r(fn -> Enum.concat(1, 2) end)
T.r(fn -> Enum.flat_map([1], fn x -> x end) end)
T.r(fn -> Enum.reduce(:a, 0, & &1) end)
T.r(fn -> Enum.each(5, & &1) end)
T.r(fn -> Enum.member?(:a, 1) end)
T.r(fn -> Enum.empty?(:a) end)
T.r(fn -> Enum.count(:a) end)
T.r(fn -> Enum.to_list(%{__struct__: Foo}) end)
T.r(fn -> Enum.slide([1, 2], :a, 0) end)
# CHECK: FunctionClauseError: no function clause matching in Enum.at/3
# CHECK-NEXT: Protocol.UndefinedError: protocol Enumerable not implemented for :x of type Atom
# CHECK-NEXT: Enum.OutOfBoundsError: out of bounds error
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.take/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.drop/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.chunk_every/4
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.chunk_every/4
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.take_every/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.drop_every/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.map_every/3
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.split/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.slice/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.slice/3
# CHECK-NEXT: Enum.EmptyError: empty error
# CHECK-NEXT: Enum.EmptyError: empty error
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.join/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.map_join/3
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.count_until/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.reverse_slice/3
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.with_index/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.zip_with/3
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.frequencies_by/2
# CHECK-NEXT: ArgumentError: unsupported dict: :a
# CHECK-NEXT: [1]
# CHECK-NEXT: [1]
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.max_by/4
# CHECK-NEXT: {1, 1}
# CHECK-NEXT: ArgumentError: argument error
# CHECK-NEXT: Protocol.UndefinedError: protocol Collectable not implemented for :a of type Atom
# CHECK-NEXT: FunctionClauseError: no function clause matching in anonymous fn/2 in Collectable.BitString.into/1
# CHECK-NEXT: ArithmeticError: bad argument in arithmetic expression
# CHECK-NEXT: ArithmeticError: bad argument in arithmetic expression
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.unzip/3
# CHECK-NEXT: Protocol.UndefinedError: protocol Enumerable not implemented for 1 of type Integer
# CHECK-NEXT: Protocol.UndefinedError: protocol Enumerable not implemented for 1 of type Integer
# CHECK-NEXT: Protocol.UndefinedError: protocol Enumerable not implemented for :a of type Atom
# CHECK-NEXT: Protocol.UndefinedError: protocol Enumerable not implemented for 5 of type Integer
# CHECK-NEXT: Protocol.UndefinedError: protocol Enumerable not implemented for :a of type Atom
# CHECK-NEXT: Protocol.UndefinedError: protocol Enumerable not implemented for :a of type Atom
# CHECK-NEXT: Protocol.UndefinedError: protocol Enumerable not implemented for :a of type Atom
# CHECK-NEXT: Protocol.UndefinedError: protocol Enumerable not implemented for %{__struct__: Foo} of type Foo (a struct)
# CHECK-NEXT: FunctionClauseError: no function clause matching in Enum.slide/3
