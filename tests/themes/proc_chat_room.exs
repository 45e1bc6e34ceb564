# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Room do
  def start(name), do: spawn(fn -> loop(name, %{}, []) end)
  defp loop(name, members, history) do
    receive do
      {:join, user, pid} ->
        broadcast(members, {:system, "#{user} joined #{name}"})
        loop(name, Map.put(members, user, pid), history)
      {:leave, user} ->
        members = Map.delete(members, user)
        broadcast(members, {:system, "#{user} left"})
        loop(name, members, history)
      {:say, user, text} ->
        broadcast(Map.delete(members, user), {:msg, user, text})
        loop(name, members, [{user, text} | history])
      {:history, from} ->
        send(from, {:history, Enum.reverse(history)})
        loop(name, members, history)
      {:members, from} ->
        send(from, {:members, members |> Map.keys() |> Enum.sort()})
        loop(name, members, history)
    end
  end
  defp broadcast(members, msg), do: Enum.each(members, fn {_, pid} -> send(pid, msg) end)
end
defmodule Client do
  def start(name, parent), do: spawn(fn -> loop(name, parent, []) end)
  defp loop(name, parent, inbox) do
    receive do
      :dump -> send(parent, {:inbox, name, Enum.reverse(inbox)})
      msg -> loop(name, parent, [msg | inbox])
    end
  end
end
defmodule Sync do
  def members(room) do
    send(room, {:members, self()})
    receive do {:members, m} -> m end
  end
end
me = self()
room = Room.start("lobby")
clients = for n <- ["ann", "bob", "cy"], into: %{}, do: {n, Client.start(n, me)}
for {n, pid} <- Enum.sort(clients) do
  send(room, {:join, n, pid})
  Sync.members(room)
end
send(room, {:say, "ann", "hello all"})
send(room, {:say, "bob", "hi ann"})
send(room, {:leave, "cy"})
send(room, {:say, "ann", "cy left?"})
IO.inspect(Sync.members(room))
send(room, {:history, me})
receive do {:history, h} -> IO.inspect(h) end
for {n, pid} <- Enum.sort(clients) do
  send(pid, :dump)
  receive do {:inbox, ^n, msgs} -> IO.inspect({n, msgs}) end
end

# CHECK: ["ann", "bob"]
# CHECK-NEXT: [{"ann", "hello all"}, {"bob", "hi ann"}, {"ann", "cy left?"}]
# CHECK-NEXT: {"ann",
# CHECK-NEXT:  [
# CHECK-NEXT:    {:system, "bob joined lobby"},
# CHECK-NEXT:    {:system, "cy joined lobby"},
# CHECK-NEXT:    {:msg, "bob", "hi ann"},
# CHECK-NEXT:    {:system, "cy left"}
# CHECK-NEXT:  ]}
# CHECK-NEXT: {"bob",
# CHECK-NEXT:  [
# CHECK-NEXT:    {:system, "cy joined lobby"},
# CHECK-NEXT:    {:msg, "ann", "hello all"},
# CHECK-NEXT:    {:system, "cy left"},
# CHECK-NEXT:    {:msg, "ann", "cy left?"}
# CHECK-NEXT:  ]}
# CHECK-NEXT: {"cy", [{:msg, "ann", "hello all"}, {:msg, "bob", "hi ann"}]}
