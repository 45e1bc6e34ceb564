# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Flaky do
  def start(fail_times) do
    spawn(fn -> loop(fail_times) end)
  end
  defp loop(n) do
    receive do
      {:req, from, ref} when n > 0 ->
        send(from, {ref, {:error, :unavailable}})
        loop(n - 1)
      {:req, from, ref} ->
        send(from, {ref, {:ok, :data}})
        loop(0)
      {:slow_req, from, ref, delay} ->
        Process.sleep(delay)
        send(from, {ref, :slow_done})
        loop(n)
    end
  end
end
defmodule Client do
  def call(server, attempts \\ 5, backoff \\ 5) do
    do_call(server, 1, attempts, backoff, [])
  end
  defp do_call(_server, attempt, max, _b, log) when attempt > max, do: {:gave_up, Enum.reverse(log)}
  defp do_call(server, attempt, max, b, log) do
    ref = make_ref()
    send(server, {:req, self(), ref})
    receive do
      {^ref, {:ok, v}} -> {:ok, v, attempt, Enum.reverse(log)}
      {^ref, {:error, e}} ->
        Process.sleep(b)
        do_call(server, attempt + 1, max, b * 2, [{attempt, e, b} | log])
    after
      500 -> {:timeout, attempt}
    end
  end
  def with_timeout(server, delay, timeout) do
    ref = make_ref()
    send(server, {:slow_req, self(), ref, delay})
    receive do
      {^ref, r} -> {:ok, r}
    after
      timeout -> {:error, :timeout, ref}
    end
  end
end
IO.inspect(Client.call(Flaky.start(0)))
IO.inspect(Client.call(Flaky.start(2)))
IO.inspect(Client.call(Flaky.start(10), 3))
s = Flaky.start(0)
{:error, :timeout, ref} = Client.with_timeout(s, 200, 20)
IO.puts("timed out")
receive do
  {^ref, late} -> IO.inspect(late, label: "late reply for old ref")
after
  1000 -> IO.puts("no late reply")
end
IO.inspect(Client.with_timeout(s, 0, 500))

# CHECK: {:ok, :data, 1, []}
# CHECK-NEXT: {:ok, :data, 3, [{1, :unavailable, 5}, {2, :unavailable, 10}]}
# CHECK-NEXT: {:gave_up, [{1, :unavailable, 5}, {2, :unavailable, 10}, {3, :unavailable, 20}]}
# CHECK-NEXT: timed out
# CHECK-NEXT: late reply for old ref: :slow_done
# CHECK-NEXT: {:ok, :slow_done}
