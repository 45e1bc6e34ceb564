# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Keyword functions reject non-atom keys and invalid entries.
for f <- [
      fn -> Keyword.get([a: 1], "a") end,
      fn -> Keyword.put([a: 1], "b", 1) end,
      fn -> Keyword.keys([{:a, 1}, {"b", 2}]) end,
      fn -> Keyword.fetch!([a: 1], :b) end,
      fn -> Keyword.update!([a: 1], :b, & &1) end,
      fn -> Keyword.replace!([a: 1], :b, 2) end,
      fn -> Keyword.new([1]) end
    ] do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
# CHECK: FunctionClauseError: no function clause matching in Keyword.get/3
# CHECK-NEXT: FunctionClauseError: no function clause matching in Keyword.put/3
# CHECK-NEXT: ArgumentError: expected a keyword list, but an entry in the list is not a two-element tuple with an atom as its first element, got: {"b", 2}
# CHECK-NEXT: KeyError: key :b not found in: [a: 1]
# CHECK-NEXT: KeyError: key :b not found in: [a: 1]
# CHECK-NEXT: KeyError: key :b not found in: [a: 1]
# CHECK-NEXT: MatchError: no match of right hand side value: 1
