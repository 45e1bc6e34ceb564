# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Farm do
  def run(jobs) do
    refs =
      for {id, job} <- jobs, into: %{} do
        {pid, ref} = spawn_monitor(fn -> exit({:result, job.()}) end)
        {ref, {id, pid}}
      end
    collect(refs, %{})
  end
  defp collect(refs, acc) when map_size(refs) == 0, do: acc |> Enum.sort()
  defp collect(refs, acc) do
    receive do
      {:DOWN, ref, :process, _pid, reason} ->
        {{id, _}, rest} = Map.pop(refs, ref)
        collect(rest, Map.put(acc, id, classify(reason)))
    after
      2000 -> {:timeout, Map.keys(refs)}
    end
  end
  defp classify({:result, v}), do: {:ok, v}
  defp classify({%{__exception__: true} = e, _}), do: {:raised, e.__struct__}
  defp classify({reason, _stack}), do: {:error, reason}
  defp classify(other), do: {:exit, other}
end
jobs = [
  a: fn -> 1 + 1 end,
  b: fn -> raise ArgumentError end,
  c: fn -> :erlang.error(:custom) end,
  d: fn -> Enum.sum(1..100) end,
  e: fn -> throw(:oops) end,
  f: fn -> exit(:early) end,
  g: fn -> String.upcase("done") end
]
IO.inspect(Farm.run(jobs))
IO.inspect(Farm.run([]))
many = for i <- 1..100, do: {i, fn -> if rem(i, 10) == 0, do: raise("ten"), else: i * i end}
res = Farm.run(many)
IO.inspect(Enum.count(res, &match?({_, {:ok, _}}, &1)))
IO.inspect(res |> Enum.filter(&match?({_, {:raised, _}}, &1)) |> Enum.map(&elem(&1, 0)))

# CHECK: [
# CHECK-NEXT:   a: {:ok, 2},
# CHECK-NEXT:   b: {:raised, ArgumentError},
# CHECK-NEXT:   c: {:error, :custom},
# CHECK-NEXT:   d: {:ok, 5050},
# CHECK-NEXT:   e: {:error, {:nocatch, :oops}},
# CHECK-NEXT:   f: {:exit, :early},
# CHECK-NEXT:   g: {:ok, "DONE"}
# CHECK-NEXT: ]
# CHECK-NEXT: []
# CHECK-NEXT: 90
# CHECK-NEXT: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
