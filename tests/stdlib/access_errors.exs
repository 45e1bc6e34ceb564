# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Accessor errors: wrong container types, missing keys, out of bounds.
defmodule S do
  defstruct a: 1
end

defmodule Main do
  def run do
    for f <- [
          fn -> get_in(1, [Access.key!(:b)]) end,
          fn -> get_in(%{a: 1}, [Access.key!(:b)]) end,
          fn -> get_in(1, [Access.elem(0)]) end,
          fn -> get_in(%{}, [Access.at(0)]) end,
          fn -> get_in(%{a: 1}, [Access.all()]) end,
          fn -> get_in(%{a: 1}, [Access.filter(& &1)]) end,
          fn -> get_in(%{a: 1}, [Access.slice(0..1)]) end,
          fn -> get_in([1, 2], [Access.at!(5)]) end,
          fn -> update_in([1, 2], [Access.at!(-3)], & &1) end,
          fn -> pop_in(%{a: {1, 2}}, [:a, Access.elem(0)]) end,
          fn -> Access.get(%S{}, :a) end,
          fn -> put_in(nil, [Access.key(:a)], 1) end
        ] do
      try do
        f.()
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
      end
    end
  end
end

Main.run()
# CHECK: RuntimeError: Access.key!/1 expected a map/struct, got: 1
# CHECK-NEXT: KeyError: key :b not found in: %{a: 1}
# CHECK-NEXT: RuntimeError: Access.elem/1 expected a tuple, got: 1
# CHECK-NEXT: RuntimeError: Access.at/1 expected a list, got: %{}
# CHECK-NEXT: RuntimeError: Access.all/0 expected a list, got: %{a: 1}
# CHECK-NEXT: RuntimeError: Access.filter/1 expected a list, got: %{a: 1}
# CHECK-NEXT: ArgumentError: Access.slice/1 expected a list, got: %{a: 1}
# CHECK-NEXT: Enum.OutOfBoundsError: out of bounds error
# CHECK-NEXT: Enum.OutOfBoundsError: out of bounds error
# CHECK-NEXT: RuntimeError: cannot pop data from a tuple
# CHECK-NEXT: UndefinedFunctionError: function S.fetch/2 is undefined (S does not implement the Access behaviour. If you are using get_in/put_in/update_in, you can specify the field to be accessed using Access.key!/1)
# CHECK-NEXT: BadMapError: expected a map, got: nil
