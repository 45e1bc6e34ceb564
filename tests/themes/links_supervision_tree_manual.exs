# RUN: %athanor run %s | FileCheck --match-full-lines %s
Logger.configure_backend(:console, device: :standard_error)
defmodule Tree do
  # a manual two-level tree: root traps exits and restarts a crashed branch once
  def root(parent) do
    Process.flag(:trap_exit, true)
    branches = for name <- [:left, :right], into: %{}, do: {spawn_link(fn -> branch(name, parent) end), name}
    root_loop(branches, parent, %{})
  end
  defp root_loop(branches, parent, restarts) do
    receive do
      {:EXIT, pid, reason} ->
        name = Map.fetch!(branches, pid)
        n = Map.get(restarts, name, 0)
        send(parent, {:branch_down, name, short(reason), n})
        if n < 1 do
          new = spawn_link(fn -> branch(name, parent) end)
          root_loop(branches |> Map.delete(pid) |> Map.put(new, name), parent, Map.put(restarts, name, n + 1))
        else
          send(parent, {:giving_up, name})
          root_loop(Map.delete(branches, pid), parent, restarts)
        end
      {:crash, name, how} ->
        {pid, _} = Enum.find(branches, fn {_, n} -> n == name end)
        send(pid, {:crash, how})
        root_loop(branches, parent, restarts)
      :report ->
        send(parent, {:alive, branches |> Map.values() |> Enum.sort()})
        root_loop(branches, parent, restarts)
    end
  end
  defp branch(name, parent) do
    leaf = spawn_link(fn -> receive do :never -> :ok end end)
    send(parent, {:branch_up, name})
    receive do
      {:crash, :raise} -> raise "#{name} raised"
      {:crash, :leaf} -> Process.exit(leaf, :leaf_killed); receive do :never -> :ok end
      {:crash, :exit} -> exit({:branch_exit, name})
    end
  end
  defp short({%RuntimeError{message: m}, _}), do: {:raised, m}
  defp short(r), do: r
end
me = self()
root = spawn(fn -> Tree.root(me) end)
ups = for _ <- 1..2, do: (receive do {:branch_up, n} -> n end)
IO.inspect(Enum.sort(ups), label: "up")
collect = fn ->
  receive do
    {:branch_down, n, r, count} -> {n, r, count}
  after 1000 -> :no_message
  end
end
send(root, {:crash, :left, :raise})
IO.inspect(collect.())
receive do {:branch_up, n} -> IO.inspect(n, label: "restarted") end
send(root, {:crash, :right, :leaf})
IO.inspect(collect.())
receive do {:branch_up, n} -> IO.inspect(n, label: "restarted") end
send(root, {:crash, :left, :exit})
IO.inspect(collect.())
receive do {:giving_up, n} -> IO.inspect(n, label: "gave up") end
send(root, :report)
receive do {:alive, names} -> IO.inspect(names, label: "alive") end

# CHECK: up: [:left, :right]
# CHECK-NEXT: {:left, {:raised, "left raised"}, 0}
# CHECK-NEXT: restarted: :left
# CHECK-NEXT: {:right, :leaf_killed, 0}
# CHECK-NEXT: restarted: :right
# CHECK-NEXT: {:left, {:branch_exit, :left}, 1}
# CHECK-NEXT: gave up: :left
# CHECK-NEXT: alive: [:right]
