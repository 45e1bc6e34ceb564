# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Resource do
  def with_resource(name, fun) do
    IO.puts("open #{name}")
    try do
      fun.(name)
    after
      IO.puts("close #{name}")
    end
  end
end
defmodule Retry do
  def run(fun, attempts) do
    Enum.reduce_while(1..attempts, nil, fn i, _ ->
      try do
        {:halt, {:ok, fun.(i), i}}
      rescue
        e in [RuntimeError, ArgumentError] ->
          IO.puts("  attempt #{i} failed: #{Exception.message(e)}")
          {:cont, {:error, e.__struct__}}
      end
    end)
  end
end
IO.inspect(Resource.with_resource("file.txt", fn n -> String.length(n) end))
r = try do
  Resource.with_resource("db", fn _ -> raise ArgumentError, "bad query" end)
rescue
  e -> {:rescued, e.message}
end
IO.inspect(r)
r2 = catch_throw = try do
  Resource.with_resource("net", fn _ -> throw(:abort) end)
catch
  :abort -> :aborted
end
IO.inspect({r2, catch_throw})
IO.inspect(Retry.run(fn i -> if i < 3, do: raise("not yet"), else: i * 10 end, 5))
IO.inspect(Retry.run(fn _ -> raise ArgumentError, "never" end, 2))
nested = fn ->
  try do
    try do
      raise "level 1"
    rescue
      e -> raise RuntimeError, "level 2 (from #{e.message})"
    after
      IO.puts("inner after")
    end
  rescue
    e -> {:outer_caught, e.message}
  after
    IO.puts("outer after")
  end
end
IO.inspect(nested.())
errors = Enum.map([1, 0, :a, 4], fn x ->
  try do
    {:ok, 100 / x}
  rescue
    ArithmeticError -> :arith
  catch
    kind, _ -> {:other, kind}
  end
end)
IO.inspect(errors)
defmodule Acc do
  def total(list) do
    Enum.reduce(list, 0, fn
      n, acc when is_number(n) -> acc + n
      bad, _ -> throw({:bad_item, bad})
    end)
  catch
    {:bad_item, b} -> {:error, b}
  end
end
IO.inspect(Acc.total([1, 2, 3]))
IO.inspect(Acc.total([1, "two", 3]))
res = try do
  :ok
rescue
  _ -> :never
else
  :ok -> :else_branch
end
IO.inspect(res)

# CHECK: open file.txt
# CHECK-NEXT: close file.txt
# CHECK-NEXT: 8
# CHECK-NEXT: open db
# CHECK-NEXT: close db
# CHECK-NEXT: {:rescued, "bad query"}
# CHECK-NEXT: open net
# CHECK-NEXT: close net
# CHECK-NEXT: {:aborted, :aborted}
# CHECK-NEXT:   attempt 1 failed: not yet
# CHECK-NEXT:   attempt 2 failed: not yet
# CHECK-NEXT: {:ok, 30, 3}
# CHECK-NEXT:   attempt 1 failed: never
# CHECK-NEXT:   attempt 2 failed: never
# CHECK-NEXT: {:error, ArgumentError}
# CHECK-NEXT: inner after
# CHECK-NEXT: outer after
# CHECK-NEXT: {:outer_caught, "level 2 (from level 1)"}
# CHECK-NEXT: [{:ok, 100.0}, :arith, :arith, {:ok, 25.0}]
# CHECK-NEXT: 6
# CHECK-NEXT: {:error, "two"}
# CHECK-NEXT: :else_branch
