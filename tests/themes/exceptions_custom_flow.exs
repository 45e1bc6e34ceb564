# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule ValidationError do
  defexception [:field, :reason]
  @impl true
  def message(%{field: f, reason: r}), do: "invalid #{f}: #{r}"
end
defmodule NotFound do
  defexception message: "resource not found", id: nil
end
defmodule Checker do
  def validate(%{age: a}) when not is_integer(a), do: raise(ValidationError, field: :age, reason: "not an integer")
  def validate(%{age: a}) when a < 0, do: raise(ValidationError, field: :age, reason: "negative")
  def validate(%{name: ""}), do: raise(ValidationError, field: :name, reason: "empty")
  def validate(m), do: {:ok, m}

  def find(id) when id > 100, do: raise(NotFound, id: id)
  def find(id) when id < 0, do: raise(NotFound, message: "negative id #{id}", id: id)
  def find(id), do: %{id: id}

  def safe(fun) do
    try do
      {:ok, fun.()}
    rescue
      e in [ValidationError, NotFound] -> {:error, e.__struct__, Exception.message(e)}
      e in ArgumentError -> {:arg, e.message}
    catch
      :throw, v -> {:thrown, v}
      :exit, r -> {:exited, r}
    else
      {:ok, v} -> {:wrapped, v}
    after
      IO.puts("  (after ran)")
    end
  end
end

IO.inspect(Checker.safe(fn -> Checker.validate(%{age: 3, name: "x"}) end))
IO.inspect(Checker.safe(fn -> Checker.validate(%{age: "3"}) end))
IO.inspect(Checker.safe(fn -> Checker.validate(%{age: -3}) end))
IO.inspect(Checker.safe(fn -> Checker.validate(%{age: 3, name: ""}) end))
IO.inspect(Checker.safe(fn -> Checker.find(500) end))
IO.inspect(Checker.safe(fn -> Checker.find(-2) end))
IO.inspect(Checker.safe(fn -> Checker.find(5) end))
IO.inspect(Checker.safe(fn -> throw({:custom, 1}) end))
IO.inspect(Checker.safe(fn -> exit(:normal_bye) end))
IO.inspect(Checker.safe(fn -> raise ArgumentError, "bad arg" end))

e = ValidationError.exception(field: :x, reason: "y")
IO.inspect(e)
IO.inspect(Exception.message(e))
IO.inspect(NotFound.exception(id: 9))
IO.inspect(is_exception(e))
IO.inspect(is_exception(%{}))
IO.inspect(Exception.exception?(e))

r = try do
  raise NotFound
rescue
  x -> x
end
IO.inspect(r)
IO.puts(Exception.message(r))

res = try do
  try do
    raise "inner"
  rescue
    e -> reraise RuntimeError.exception("outer: " <> e.message), __STACKTRACE__
  end
rescue
  e -> e.message
end
IO.inspect(res)

res2 = try do
  try do
    raise "first"
  after
    IO.puts("inner after")
  end
rescue
  RuntimeError -> :caught_runtime
end
IO.inspect(res2)

v = try do
  :value
after
  :ignored
end
IO.inspect(v)

IO.inspect(catch_it = (try do throw(:x) catch y -> {:c, y} end))
IO.inspect(catch_it)
n = try do
  Enum.each(1..10, fn i -> if i == 4, do: throw({:found, i}) end)
  :none
catch
  {:found, i} -> i
end
IO.inspect(n)
IO.inspect(try(do: raise("q"), rescue: (e in RuntimeError -> {:r, e.message})))
kind = try do
  :erlang.error(:custom_reason)
catch
  k, r -> {k, r}
end
IO.inspect(kind)
IO.inspect(try do :erlang.error({:a, 1}) rescue e -> e end)
IO.inspect(try do exit({:shutdown, 1}) catch :exit, r -> r end)
IO.inspect(try do raise NotFound.exception(id: 2) rescue e -> e.id end)

# CHECK:   (after ran)
# CHECK-NEXT: {:wrapped, {:ok, %{age: 3, name: "x"}}}
# CHECK-NEXT:   (after ran)
# CHECK-NEXT: {:error, ValidationError, "invalid age: not an integer"}
# CHECK-NEXT:   (after ran)
# CHECK-NEXT: {:error, ValidationError, "invalid age: negative"}
# CHECK-NEXT:   (after ran)
# CHECK-NEXT: {:error, ValidationError, "invalid name: empty"}
# CHECK-NEXT:   (after ran)
# CHECK-NEXT: {:error, NotFound, "resource not found"}
# CHECK-NEXT:   (after ran)
# CHECK-NEXT: {:error, NotFound, "negative id -2"}
# CHECK-NEXT:   (after ran)
# CHECK-NEXT: {:wrapped, %{id: 5}}
# CHECK-NEXT:   (after ran)
# CHECK-NEXT: {:thrown, {:custom, 1}}
# CHECK-NEXT:   (after ran)
# CHECK-NEXT: {:exited, :normal_bye}
# CHECK-NEXT:   (after ran)
# CHECK-NEXT: {:arg, "bad arg"}
# CHECK-NEXT: %ValidationError{field: :x, reason: "y"}
# CHECK-NEXT: "invalid x: y"
# CHECK-NEXT: %NotFound{message: "resource not found", id: 9}
# CHECK-NEXT: true
# CHECK-NEXT: false
# CHECK-NEXT: true
# CHECK-NEXT: %NotFound{message: "resource not found", id: nil}
# CHECK-NEXT: resource not found
# CHECK-NEXT: "outer: inner"
# CHECK-NEXT: inner after
# CHECK-NEXT: :caught_runtime
# CHECK-NEXT: :value
# CHECK-NEXT: {:c, :x}
# CHECK-NEXT: {:c, :x}
# CHECK-NEXT: 4
# CHECK-NEXT: {:r, "q"}
# CHECK-NEXT: {:error, :custom_reason}
# CHECK-NEXT: %ErlangError{original: {:a, 1}, reason: nil}
# CHECK-NEXT: {:shutdown, 1}
# CHECK-NEXT: 2
