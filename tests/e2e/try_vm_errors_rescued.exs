# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Runtime errors reach rescue as Elixir exceptions.
errors = [
  fn -> 1 + :a end,
  fn -> :erlang.error(:badarg) end,
  fn -> Map.fetch!(%{}, :k) end,
  fn -> String.to_integer("x") end
]
for f <- errors do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

# CHECK: ArithmeticError: bad argument in arithmetic expression
# CHECK-NEXT: ArgumentError: argument error
# CHECK-NEXT: KeyError: key :k not found in: %{}
# CHECK-NEXT: ArgumentError: errors were found at the given arguments:
# CHECK-EMPTY:
# CHECK-NEXT:   * 1st argument: not a textual representation of an integer
# CHECK-EMPTY:
