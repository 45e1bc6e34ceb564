# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
defmodule Parse do
  def int(s) do
    case Integer.parse(s) do
      {n, ""} -> {:ok, n}
      {_, rest} -> {:error, {:trailing, rest}}
      :error -> {:error, :not_a_number}
    end
  end
  def int!(s) do
    case int(s) do
      {:ok, n} -> n
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(s)}: #{inspect(reason)}"
    end
  end
  def sum_all(strings) do
    Enum.reduce_while(strings, {:ok, 0}, fn s, {:ok, acc} ->
      case int(s) do
        {:ok, n} -> {:cont, {:ok, acc + n}}
        err -> {:halt, err}
      end
    end)
  end
end
IO.inspect(Parse.int("42"))
IO.inspect(Parse.int("42x"))
IO.inspect(Parse.int("x"))
IO.inspect(Parse.int!("7"))
IO.inspect(Parse.sum_all(["1", "2", "3"]))
IO.inspect(Parse.sum_all(["1", "b", "3"]))
IO.inspect(try do Parse.int!("nope") rescue e in ArgumentError -> e.message end)
check_zero = fn 0 -> {:error, :division_by_zero}; _ -> :ok end
result =
  with {:ok, a} <- Parse.int("10"),
       {:ok, b} <- Parse.int("0"),
       :ok <- check_zero.(b) do
    {:ok, div(a, b)}
  end
IO.inspect(result)
IO.inspect(with({:ok, x} <- Parse.int("5"), do: x * 2))
values = ["3", "x", "4", "", "5"]
{oks, errs} = values |> Enum.map(&Parse.int/1) |> Enum.split_with(&match?({:ok, _}, &1))
IO.inspect({Keyword.values(oks), Enum.map(errs, &elem(&1, 1))})
IO.puts("about to fail hard")
Parse.int!("12.5")
IO.puts("not printed")

# CHECK: {:ok, 42}
# CHECK-NEXT: {:error, {:trailing, "x"}}
# CHECK-NEXT: {:error, :not_a_number}
# CHECK-NEXT: 7
# CHECK-NEXT: {:ok, 6}
# CHECK-NEXT: {:error, :not_a_number}
# CHECK-NEXT: "cannot parse \"nope\": :not_a_number"
# CHECK-NEXT: {:error, :division_by_zero}
# CHECK-NEXT: 10
# CHECK-NEXT: {[3, 4, 5], [:not_a_number, :not_a_number]}
# CHECK-NEXT: about to fail hard
