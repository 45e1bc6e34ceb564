# RUN: %athanor run %s | FileCheck --match-full-lines %s
t = {:a, :b, :c}
IO.inspect(elem(t, 1))
IO.inspect(put_elem(t, 0, :z))
IO.inspect(tuple_size(t))
IO.inspect(Tuple.append(t, :d))
IO.inspect(Tuple.insert_at(t, 1, :new))
IO.inspect(Tuple.delete_at(t, 2))
IO.inspect(Tuple.to_list(t))
IO.inspect(Tuple.duplicate(0, 4))
IO.inspect(List.to_tuple([1, 2]))

kw = [name: "x", size: 3, color: :red, size: 5]
IO.inspect(kw[:size])
IO.inspect(Keyword.get(kw, :missing, :dflt))
IO.inspect(Keyword.get_values(kw, :size))
IO.inspect(Keyword.put(kw, :size, 10))
IO.inspect(Keyword.delete(kw, :size))
IO.inspect(Keyword.keys(kw))
IO.inspect(Keyword.values(kw))
IO.inspect(Keyword.has_key?(kw, :color))
IO.inspect(Keyword.merge([a: 1, b: 2], [b: 3, c: 4]))
IO.inspect(Keyword.update(kw, :color, :none, fn c -> {c} end))
IO.inspect(Keyword.update([a: 1], :b, 0, &(&1 + 1)))
IO.inspect(Keyword.take(kw, [:name, :color]))
IO.inspect(Keyword.drop(kw, [:name]))
IO.inspect(Keyword.fetch(kw, :name))
IO.inspect(Keyword.fetch(kw, :nope))
IO.inspect(Keyword.pop(kw, :name))
IO.inspect(Keyword.put_new(kw, :name, "y"))
IO.inspect(Keyword.put_new(kw, :weight, 1))
IO.inspect(Keyword.keyword?(kw))
IO.inspect(Keyword.keyword?([{"a", 1}]))
IO.inspect(Keyword.to_list(a: 1))
IO.inspect(Keyword.new([{:b, 1}, {:a, 2}, {:b, 3}]))
IO.inspect(Keyword.split([a: 1, b: 2, c: 3], [:a, :c]))
IO.inspect(Keyword.filter([a: 1, b: 2, c: 3], fn {_, v} -> v > 1 end))

defmodule Opts do
  def run(opts \\ []) do
    verbose = Keyword.get(opts, :verbose, false)
    level = Keyword.get(opts, :level, 1)
    "verbose=#{verbose} level=#{level}"
  end
end
IO.puts(Opts.run())
IO.puts(Opts.run(verbose: true))
IO.puts(Opts.run(level: 3, verbose: true))

{status, payload} = {:ok, %{v: 1}}
IO.inspect({status, payload})
IO.inspect({1, 2} < {1, 3})
IO.inspect({2} < {1, 1})
IO.inspect(:erlang.make_tuple(3, :x))

# CHECK: :b
# CHECK-NEXT: {:z, :b, :c}
# CHECK-NEXT: 3
# CHECK-NEXT: {:a, :b, :c, :d}
# CHECK-NEXT: {:a, :new, :b, :c}
# CHECK-NEXT: {:a, :b}
# CHECK-NEXT: [:a, :b, :c]
# CHECK-NEXT: {0, 0, 0, 0}
# CHECK-NEXT: {1, 2}
# CHECK-NEXT: 3
# CHECK-NEXT: :dflt
# CHECK-NEXT: [3, 5]
# CHECK-NEXT: [size: 10, name: "x", color: :red]
# CHECK-NEXT: [name: "x", color: :red]
# CHECK-NEXT: [:name, :size, :color, :size]
# CHECK-NEXT: ["x", 3, :red, 5]
# CHECK-NEXT: true
# CHECK-NEXT: [a: 1, b: 3, c: 4]
# CHECK-NEXT: [name: "x", size: 3, color: {:red}, size: 5]
# CHECK-NEXT: [a: 1, b: 0]
# CHECK-NEXT: [name: "x", color: :red]
# CHECK-NEXT: [size: 3, color: :red, size: 5]
# CHECK-NEXT: {:ok, "x"}
# CHECK-NEXT: :error
# CHECK-NEXT: {"x", [size: 3, color: :red, size: 5]}
# CHECK-NEXT: [name: "x", size: 3, color: :red, size: 5]
# CHECK-NEXT: [weight: 1, name: "x", size: 3, color: :red, size: 5]
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: [a: 1]
# CHECK-NEXT: [a: 2, b: 3]
# CHECK-NEXT: {[a: 1, c: 3], [b: 2]}
# CHECK-NEXT: [b: 2, c: 3]
# CHECK-NEXT: verbose=false level=1
# CHECK-NEXT: verbose=true level=1
# CHECK-NEXT: verbose=true level=3
# CHECK-NEXT: {:ok, %{v: 1}}
# CHECK-NEXT: true
# CHECK-NEXT: true
# CHECK-NEXT: {:x, :x, :x}
