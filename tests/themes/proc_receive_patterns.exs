# RUN: %athanor run %s | FileCheck --match-full-lines %s
send(self(), %{type: :order, id: 7, items: [1, 2]})
send(self(), "GET /path")
send(self(), <<1, 2, 3, 4>>)
send(self(), {:tuple, [1, 2, 3]})
send(self(), [:list, :msg])
send(self(), 42)
send(self(), 3.5)
send(self(), :atom_msg)
handle = fn ->
  receive do
    %{type: :order, id: id, items: items} -> {:order, id, length(items)}
    "GET " <> path -> {:get, path}
    <<a, b, rest::binary>> -> {:bin, a + b, byte_size(rest)}
    {:tuple, [first | _]} -> {:tuple_head, first}
    [:list | rest] -> {:list_rest, rest}
    n when is_integer(n) and n > 40 -> {:big_int, n}
    f when is_float(f) -> {:float, f}
    a when is_atom(a) -> {:atom, a}
  after
    100 -> :empty
  end
end
for _ <- 1..9, do: IO.inspect(handle.())
x = 1
send(self(), {:val, 2})
r = receive do
  {:val, x} -> {:rebound, x}
end
IO.inspect({r, x})
send(self(), {:val, 1})
send(self(), {:val, 5})
r2 = receive do
  {:val, ^x} -> :pinned_match
end
IO.inspect(r2)
IO.inspect(receive(do: ({:val, v} -> v)))
send(self(), {:outer, 1})
send(self(), {:inner, 2})
r3 = receive do
  {:outer, o} ->
    receive do
      {:inner, i} -> o + i
    end
end
IO.inspect(r3)
result = (send(self(), {:pipe, 10}); receive(do: ({:pipe, v} -> v))) |> Kernel.*(3)
IO.inspect(result)
collect = fn collect, acc ->
  receive do
    {:item, i} when rem(i, 2) == 0 -> collect.(collect, [i | acc])
    {:item, _odd} -> collect.(collect, acc)
  after
    0 -> Enum.reverse(acc)
  end
end
for i <- 1..10, do: send(self(), {:item, i})
IO.inspect(collect.(collect, []))

# CHECK: {:order, 7, 2}
# CHECK-NEXT: {:get, "/path"}
# CHECK-NEXT: {:bin, 3, 2}
# CHECK-NEXT: {:tuple_head, 1}
# CHECK-NEXT: {:list_rest, [:msg]}
# CHECK-NEXT: {:big_int, 42}
# CHECK-NEXT: {:float, 3.5}
# CHECK-NEXT: {:atom, :atom_msg}
# CHECK-NEXT: :empty
# CHECK-NEXT: {{\{\{}}:rebound, 2}, 1}
# CHECK-NEXT: :pinned_match
# CHECK-NEXT: 5
# CHECK-NEXT: 3
# CHECK-NEXT: 30
# CHECK-NEXT: [2, 4, 6, 8, 10]
