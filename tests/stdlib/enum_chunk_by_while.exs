# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Enum.chunk_by/2 and Enum.chunk_while/4.
IO.inspect Enum.chunk_by([1, 2, 2, 3, 4, 4, 6, 7, 7], &(rem(&1, 2) == 1))
IO.inspect Enum.chunk_by(["a", "b", "bb", "c", "cc"], &String.length/1)
IO.inspect Enum.chunk_by([], & &1)
chunk_fun = fn element, acc ->
  if rem(element, 2) == 0 do
    {:cont, Enum.reverse([element | acc]), []}
  else
    {:cont, [element | acc]}
  end
end
after_fun = fn
  [] -> {:cont, []}
  acc -> {:cont, Enum.reverse(acc), []}
end
IO.inspect Enum.chunk_while(1..10, [], chunk_fun, after_fun)
IO.inspect Enum.chunk_while([1, 2, 3, 5, 7], [], chunk_fun, after_fun)
halting = fn x, acc -> if x > 4, do: {:halt, acc}, else: {:cont, [x], acc} end
IO.inspect Enum.chunk_while(1..100, nil, halting, fn acc -> {:cont, acc} end)
# CHECK: {{\[\[}}1], [2, 2], [3], [4, 4, 6], '\a\a']
# CHECK-NEXT: {{\[\[}}"a", "b"], ["bb"], ["c"], ["cc"]]
# CHECK-NEXT: []
# CHECK-NEXT: {{\[\[}}1, 2], [3, 4], [5, 6], '\a\b', '\t\n']
# CHECK-NEXT: {{\[\[}}1, 2], [3, 5, 7]]
# CHECK-NEXT: {{\[\[}}1], [2], [3], [4]]
