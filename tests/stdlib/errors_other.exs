# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Range, Tuple, Atom, Integer, Float, String, Access, Kernel, Process, System and Function errors.
defmodule T do
  def r(f) do
    try do
      IO.inspect f.()
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end
  end
end

T.r(fn -> Range.new(1, 2, 0) end)
T.r(fn -> Range.size(1) end)
T.r(fn -> Tuple.append([], 1) end)
T.r(fn -> Tuple.to_list([]) end)
T.r(fn -> Tuple.sum([]) end)
T.r(fn -> Atom.to_string("a") end)
T.r(fn -> Integer.undigits([1], 1) end)
T.r(fn -> Integer.extended_gcd(1.0, 2) end)
T.r(fn -> Float.ratio(1) end)
T.r(fn -> Float.pow(1, 2) end)
T.r(fn -> String.replace_leading(1, "a", "b") end)
T.r(fn -> String.jaro_distance(1, "a") end)
T.r(fn -> Access.get(1, :a) end)
T.r(fn -> Access.fetch(1, :a) end)
T.r(fn -> Access.at(:a) end)
T.r(fn -> Access.elem(-1) end)
T.r(fn -> Access.key!(1).(:get, 1, & &1) end)
T.r(fn -> get_in(1, [:a]) end)
T.r(fn -> put_in(%{}, [], 1) end)
T.r(fn -> update_in(%{a: 1}, [:a], 1) end)
T.r(fn -> pop_in(%{}, []) end)
T.r(fn -> Process.sleep(-1) end)
T.r(fn -> Process.get_keys(1) end)
T.r(fn -> System.get_env(1) end)
T.r(fn -> System.convert_time_unit(1.0, :second, :second) end)
T.r(fn -> Function.info(1) end)
# CHECK: ArgumentError: ranges (first..last//step) expect both sides to be integers and the step to be a non-zero integer, got: 1..2//0
# CHECK-NEXT: FunctionClauseError: no function clause matching in Range.size/1
# CHECK-NEXT: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not a tuple
# CHECK-EMPTY:
# CHECK-NEXT: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not a tuple
# CHECK-EMPTY:
# CHECK-NEXT: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not a tuple
# CHECK-EMPTY:
# CHECK-NEXT: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not an atom
# CHECK-EMPTY:
# CHECK-NEXT: FunctionClauseError: no function clause matching in Integer.undigits/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Integer.extended_gcd/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Float.ratio/1
# CHECK-NEXT: FunctionClauseError: no function clause matching in Float.pow/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in String.replace_leading/3
# CHECK-NEXT: FunctionClauseError: no function clause matching in String.jaro_distance/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Access.get/3
# CHECK-NEXT: FunctionClauseError: no function clause matching in Access.fetch/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Access.at/1
# CHECK-NEXT: FunctionClauseError: no function clause matching in Access.elem/1
# CHECK-NEXT: RuntimeError: Access.key!/1 expected a map/struct, got: 1
# CHECK-NEXT: FunctionClauseError: no function clause matching in Access.get/3
# CHECK-NEXT: FunctionClauseError: no function clause matching in Kernel.put_in/3
# CHECK-NEXT: FunctionClauseError: no function clause matching in Kernel.update_in/3
# CHECK-NEXT: FunctionClauseError: no function clause matching in Kernel.pop_in/2
# CHECK-NEXT: FunctionClauseError: no function clause matching in Process.sleep/1
# CHECK-NEXT: []
# CHECK-NEXT: FunctionClauseError: no function clause matching in System.get_env/2
# CHECK-NEXT: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not an integer
# CHECK-EMPTY:
# CHECK-NEXT: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not a fun
# CHECK-EMPTY:
