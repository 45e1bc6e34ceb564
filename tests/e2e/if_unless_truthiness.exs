# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Only nil and false are falsy.
for v <- [nil, false, 0, "", [], :ok] do
  IO.puts("#{inspect(v)} -> #{if v, do: "truthy", else: "falsy"}")
end
IO.inspect(unless false, do: :ran)
IO.inspect(if false, do: :never)

# CHECK: nil -> falsy
# CHECK-NEXT: false -> falsy
# CHECK-NEXT: 0 -> truthy
# CHECK-NEXT: "" -> truthy
# CHECK-NEXT: [] -> truthy
# CHECK-NEXT: :ok -> truthy
# CHECK-NEXT: :ran
# CHECK-NEXT: nil
