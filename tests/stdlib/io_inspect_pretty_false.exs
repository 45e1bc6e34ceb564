# RUN: %athanor run %s | FileCheck --match-full-lines %s
# IO.inspect lays documents out to :width even with pretty: false (only Kernel.inspect/2
# looks at :pretty); Regex rejects {n,m} with n > m.
IO.inspect %{key: [1, 2, 3]}, pretty: false, width: 5
IO.inspect [1, 2, 3], pretty: false, width: 4
IO.puts inspect(%{key: [1, 2, 3]}, pretty: false, width: 5)
IO.puts inspect(%{key: [1, 2, 3]}, pretty: true, width: 5)
IO.inspect Regex.compile("a{2,1}")
IO.inspect Regex.compile("a{1,2}") |> elem(0)

# CHECK: %{
# CHECK-NEXT:   key: [1,
# CHECK-NEXT:    2,
# CHECK-NEXT:    3]
# CHECK-NEXT: }
# CHECK-NEXT: [1,
# CHECK-NEXT:  2,
# CHECK-NEXT:  3]
# CHECK-NEXT: %{key: [1, 2, 3]}
# CHECK-NEXT: %{
# CHECK-NEXT:   key: [1,
# CHECK-NEXT:    2,
# CHECK-NEXT:    3]
# CHECK-NEXT: }
# CHECK-NEXT: {:error, {'numbers out of order in {} quantifier', 5}}
# CHECK-NEXT: :ok
