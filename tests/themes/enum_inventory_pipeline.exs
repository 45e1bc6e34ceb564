# RUN: %athanor run %s | FileCheck --match-full-lines %s
orders = [
  %{id: 1, customer: "acme", lines: [{"bolt", 100, 0.05}, {"nut", 200, 0.02}], status: :shipped},
  %{id: 2, customer: "globex", lines: [{"gear", 5, 12.5}], status: :pending},
  %{id: 3, customer: "acme", lines: [{"bolt", 50, 0.05}, {"gear", 2, 12.5}, {"washer", 1000, 0.01}], status: :pending},
  %{id: 4, customer: "initech", lines: [], status: :cancelled},
  %{id: 5, customer: "globex", lines: [{"nut", 10, 0.02}], status: :shipped}
]
line_total = fn {_, q, p} -> q * p end
order_total = fn o -> o.lines |> Enum.map(line_total) |> Enum.sum() end
IO.inspect(Enum.map(orders, &{&1.id, order_total.(&1)}))
by_customer =
  orders
  |> Enum.group_by(& &1.customer)
  |> Enum.map(fn {c, os} -> {c, os |> Enum.map(order_total) |> Enum.sum() |> Kernel.*(1.0) |> Float.round(2)} end)
  |> Enum.sort_by(fn {_, t} -> t end, :desc)
IO.inspect(by_customer)
IO.inspect(Enum.frequencies_by(orders, & &1.status))
qty_by_item =
  orders
  |> Enum.reject(&(&1.status == :cancelled))
  |> Enum.flat_map(& &1.lines)
  |> Enum.reduce(%{}, fn {item, q, _}, acc -> Map.update(acc, item, q, &(&1 + q)) end)
IO.inspect(qty_by_item)
IO.inspect(qty_by_item |> Enum.max_by(&elem(&1, 1)))
IO.inspect(orders |> Enum.filter(&(&1.status == :pending)) |> Enum.map(& &1.id))
{big, small} = Enum.split_with(orders, &(order_total.(&1) > 10))
IO.inspect({Enum.map(big, & &1.id), Enum.map(small, & &1.id)})
IO.inspect(orders |> Enum.map(&length(&1.lines)) |> Enum.sum())
IO.inspect(orders |> Enum.find(&(&1.lines == [])) |> Map.get(:customer))
IO.inspect(orders |> Enum.any?(&(&1.status == :cancelled)))
IO.inspect(orders |> Enum.all?(&is_list(&1.lines)))
IO.inspect(orders |> Enum.sort_by(&{&1.customer, -&1.id}) |> Enum.map(&{&1.customer, &1.id}))
IO.inspect(orders |> Enum.map(& &1.customer) |> Enum.uniq() |> Enum.sort())
IO.inspect(orders |> Enum.chunk_by(& &1.customer) |> Enum.map(&length/1))
report = for %{id: id, status: s} = o <- orders, s != :cancelled, into: %{}, do: {id, {s, order_total.(o)}}
IO.inspect(report)
IO.inspect(orders |> Enum.with_index(1) |> Enum.map(fn {o, i} -> "#{i}:#{o.customer}" end) |> Enum.join(" "))
IO.inspect(orders |> Enum.reduce({0, 0}, fn o, {n, lines} -> {n + 1, lines + length(o.lines)} end))
items = orders |> Enum.flat_map(& &1.lines) |> Enum.map(&elem(&1, 0))
IO.inspect(items |> Enum.dedup())
IO.inspect(items |> Enum.uniq() |> Enum.sort_by(&String.length/1))
IO.inspect(Enum.zip(1..3, ["a", "b", "c"]) |> Enum.into(%{}))
IO.inspect(Enum.scan(orders, 0, fn o, acc -> acc + length(o.lines) end))
IO.inspect(Enum.take_while(orders, &(&1.customer != "initech")) |> length())

# CHECK: [{1, 9.0}, {2, 62.5}, {3, 37.5}, {4, 0}, {5, 0.2}]
# CHECK-NEXT: [{"globex", 62.7}, {"acme", 46.5}, {"initech", 0.0}]
# CHECK-NEXT: %{cancelled: 1, pending: 2, shipped: 2}
# CHECK-NEXT: %{"bolt" => 150, "gear" => 7, "nut" => 210, "washer" => 1000}
# CHECK-NEXT: {"washer", 1000}
# CHECK-NEXT: [2, 3]
# CHECK-NEXT: {[2, 3], [1, 4, 5]}
# CHECK-NEXT: 7
# CHECK-NEXT: "initech"
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: [{"acme", 3}, {"acme", 1}, {"globex", 5}, {"globex", 2}, {"initech", 4}]
# CHECK-NEXT: ["acme", "globex", "initech"]
# CHECK-NEXT: [1, 1, 1, 1, 1]
# CHECK-NEXT: %{
# CHECK-NEXT:   1 => {:shipped, 9.0},
# CHECK-NEXT:   2 => {:pending, 62.5},
# CHECK-NEXT:   3 => {:pending, 37.5},
# CHECK-NEXT:   5 => {:shipped, 0.2}
# CHECK-NEXT: }
# CHECK-NEXT: "1:acme 2:globex 3:acme 4:initech 5:globex"
# CHECK-NEXT: {5, 7}
# CHECK-NEXT: ["bolt", "nut", "gear", "bolt", "gear", "washer", "nut"]
# CHECK-NEXT: ["nut", "bolt", "gear", "washer"]
# CHECK-NEXT: %{1 => "a", 2 => "b", 3 => "c"}
# CHECK-NEXT: [2, 3, 6, 6, 7]
# CHECK-NEXT: 3
