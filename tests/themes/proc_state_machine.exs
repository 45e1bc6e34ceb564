# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Door do
  def start, do: spawn(fn -> locked(0) end)

  defp locked(attempts) do
    receive do
      {:unlock, "1234", from} ->
        send(from, {:ok, :unlocked})
        unlocked()
      {:unlock, _code, from} ->
        send(from, {:error, {:wrong_code, attempts + 1}})
        if attempts + 1 >= 3, do: blocked(), else: locked(attempts + 1)
      {:state, from} ->
        send(from, {:state, :locked})
        locked(attempts)
    end
  end

  defp unlocked do
    receive do
      {:lock, from} ->
        send(from, {:ok, :locked})
        locked(0)
      {:state, from} ->
        send(from, {:state, :unlocked})
        unlocked()
      {_, _, from} ->
        send(from, {:error, :already_unlocked})
        unlocked()
    end
  end

  defp blocked do
    receive do
      {:state, from} -> send(from, {:state, :blocked})
      {_, _, from} -> send(from, {:error, :blocked})
      {_, from} -> send(from, {:error, :blocked})
    end
    blocked()
  end

  def call(pid, msg) do
    send(pid, Tuple.append(msg, self()))
    receive do
      reply -> reply
    after
      500 -> :no_reply
    end
  end
end

d = Door.start()
IO.inspect(Door.call(d, {:state}))
IO.inspect(Door.call(d, {:unlock, "0000"}))
IO.inspect(Door.call(d, {:unlock, "1234"}))
IO.inspect(Door.call(d, {:state}))
IO.inspect(Door.call(d, {:unlock, "1234"}))
IO.inspect(Door.call(d, {:lock}))
for code <- ["1", "2", "3", "1234"], do: IO.inspect(Door.call(d, {:unlock, code}))
IO.inspect(Door.call(d, {:state}))
IO.inspect(Door.call(d, {:lock}))

# CHECK: {:state, :locked}
# CHECK-NEXT: {:error, {:wrong_code, 1}}
# CHECK-NEXT: {:ok, :unlocked}
# CHECK-NEXT: {:state, :unlocked}
# CHECK-NEXT: {:error, :already_unlocked}
# CHECK-NEXT: {:ok, :locked}
# CHECK-NEXT: {:error, {:wrong_code, 1}}
# CHECK-NEXT: {:error, {:wrong_code, 2}}
# CHECK-NEXT: {:error, {:wrong_code, 3}}
# CHECK-NEXT: {:error, :blocked}
# CHECK-NEXT: {:state, :blocked}
# CHECK-NEXT: {:error, :blocked}
