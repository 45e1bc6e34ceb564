# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Functions that raise Enum.EmptyError on empty enumerables.
for f <- [
      fn -> Enum.max([]) end,
      fn -> Enum.min(%{}) end,
      fn -> Enum.max_by([], & &1) end,
      fn -> Enum.min_by(1..0//1, & &1) end,
      fn -> Enum.min_max([]) end,
      fn -> Enum.min_max(1..0//1) end,
      fn -> Enum.min_max_by([], & &1) end,
      fn -> Enum.reduce([], &+/2) end,
      fn -> Enum.reduce(1..0//1, &+/2) end,
      fn -> Enum.random([]) end
    ] do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
# CHECK: Enum.EmptyError: empty error
# CHECK-NEXT: Enum.EmptyError: empty error
# CHECK-NEXT: Enum.EmptyError: empty error
# CHECK-NEXT: Enum.EmptyError: empty error
# CHECK-NEXT: Enum.EmptyError: empty error
# CHECK-NEXT: Enum.EmptyError: empty error
# CHECK-NEXT: Enum.EmptyError: empty error
# CHECK-NEXT: Enum.EmptyError: empty error
# CHECK-NEXT: Enum.EmptyError: empty error
# CHECK-NEXT: Enum.EmptyError: empty error
