# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Raw reasons of BIF-backed failures are the BEAM's (:badarg, {:badkey, k}, {:badmap, m});
# rescue still sees the Elixir exception and its message. Exception.normalize/3 of a
# throw or an exit returns the payload.
defmodule C do
  def c(f) do
    try do
      f.()
    catch
      kind, reason -> {kind, reason}
    end
  end

  def r(f) do
    try do
      f.()
    rescue
      e -> {e.__struct__, Exception.message(e)}
    end
  end
end

x = 1

fs = [
  fn -> Map.fetch!(%{}, :x) end,
  fn -> Map.fetch!(5, :x) end,
  fn -> Map.update!(%{a: 1}, :b, & &1) end,
  fn -> Map.update!(:no, :b, & &1) end,
  fn -> String.to_integer("q") end,
  fn -> String.to_integer("12", 50) end,
  fn -> String.to_float("1") end,
  fn -> String.to_atom(5) end,
  fn -> String.to_existing_atom("zzz_not_existing_atom_q") end,
  fn -> Integer.to_string(:a) end,
  fn -> Integer.to_string(5, 99) end,
  fn -> String.duplicate("a", -1) end,
  fn -> "a" <> x end,
  fn -> String.split(5) end,
  fn -> Keyword.fetch!([], :a) end
]

for f <- fs do
  IO.inspect C.c(f)
  IO.inspect C.r(f)
end

IO.inspect Map.fetch!(%{a: 1}, :a)
IO.inspect Map.update!(%{a: 1}, :a, &(&1 + 1))
IO.inspect Exception.normalize(:throw, :x)
IO.inspect Exception.normalize(:exit, :normal, [])
IO.inspect Exception.normalize(:error, :badarg)

# CHECK: {:error, {:badkey, :x}}
# CHECK-NEXT: {KeyError, "key :x not found in: %{}"}
# CHECK-NEXT: {:error, {:badmap, 5}}
# CHECK-NEXT: {BadMapError, "expected a map, got: 5"}
# CHECK-NEXT: {:error, {:badkey, :b}}
# CHECK-NEXT: {KeyError, "key :b not found in: %{a: 1}"}
# CHECK-NEXT: {:error, {:badmap, :no}}
# CHECK-NEXT: {BadMapError, "expected a map, got: :no"}
# CHECK-NEXT: {:error, :badarg}
# CHECK-NEXT: {ArgumentError,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of an integer\n"}
# CHECK-NEXT: {:error, :badarg}
# CHECK-NEXT: {ArgumentError,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 2nd argument: not an integer in the range 2 through 36\n"}
# CHECK-NEXT: {:error, :badarg}
# CHECK-NEXT: {ArgumentError,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of a float\n"}
# CHECK-NEXT: {:error, :badarg}
# CHECK-NEXT: {ArgumentError,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 1st argument: not a binary\n"}
# CHECK-NEXT: {:error, :badarg}
# CHECK-NEXT: {ArgumentError,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 1st argument: not an already existing atom\n"}
# CHECK-NEXT: {:error, :badarg}
# CHECK-NEXT: {ArgumentError,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 1st argument: not an integer\n"}
# CHECK-NEXT: {:error, :badarg}
# CHECK-NEXT: {ArgumentError,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 2nd argument: not an integer in the range 2 through 36\n"}
# CHECK-NEXT: {:error, :badarg}
# CHECK-NEXT: {ArgumentError,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 2nd argument: out of range\n"}
# CHECK-NEXT: {:error, :badarg}
# CHECK-NEXT: {ArgumentError,
# CHECK-NEXT:  "construction of binary failed: segment 2 of type 'binary': expected a binary but got: 1"}
# CHECK-NEXT: {:error, :badarg}
# CHECK-NEXT: {ArgumentError,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 1st argument: not a binary\n"}
# CHECK-NEXT: {:error, %KeyError{key: :a, term: [], message: nil}}
# CHECK-NEXT: {KeyError, "key :a not found in: []"}
# CHECK-NEXT: 1
# CHECK-NEXT: %{a: 2}
# CHECK-NEXT: :x
# CHECK-NEXT: :normal
# CHECK-NEXT: %ArgumentError{message: "argument error"}
