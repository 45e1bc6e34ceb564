# RUN: %athanor run %s | FileCheck %s
# Task.async_stream: {:ok, value} per element in input order, max_concurrency, ordered:
# false, timeouts with on_timeout: :kill_task, the {module, fun, args} form.
defmodule Main do
  def run do
    IO.inspect(Task.async_stream(1..5, fn x -> x * x end) |> Enum.to_list())
    IO.inspect(Task.async_stream([3, 1, 2], fn x -> Process.sleep(x * 20); x end) |> Enum.map(fn {:ok, v} -> v end))
    IO.inspect(Task.async_stream(["a", "b"], String, :upcase, []) |> Enum.to_list())
    IO.inspect(Task.async_stream([10, 300, 20], fn ms -> Process.sleep(ms); ms end, timeout: 150, on_timeout: :kill_task) |> Enum.to_list())
    unordered = Task.async_stream([200, 10, 100], fn ms -> Process.sleep(ms); ms end, ordered: false, max_concurrency: 3) |> Enum.to_list()
    IO.inspect(unordered, label: "unordered")
    {:ok, counter} = Agent.start_link(fn -> {0, 0} end)
    Task.async_stream(1..8, fn _ ->
      Agent.update(counter, fn {now, peak} -> {now + 1, max(now + 1, peak)} end)
      Process.sleep(30)
      Agent.update(counter, fn {now, peak} -> {now - 1, peak} end)
    end, max_concurrency: 2) |> Enum.to_list()
    IO.inspect(Agent.get(counter, fn {_, peak} -> peak end), label: "peak concurrency")
    r = try do
      Task.async_stream([1, 500], fn ms -> Process.sleep(ms) end, timeout: 50) |> Enum.to_list()
    catch
      :exit, reason -> reason
    end
    IO.inspect(r)
  end
end

Main.run()

# CHECK: [ok: 1, ok: 4, ok: 9, ok: 16, ok: 25]
# CHECK-NEXT: [3, 1, 2]
# CHECK-NEXT: [ok: "A", ok: "B"]
# CHECK-NEXT: [ok: 10, exit: :timeout, ok: 20]
# CHECK-NEXT: unordered: [ok: 10, ok: 100, ok: 200]
# CHECK-NEXT: peak concurrency: 2
# CHECK-NEXT: {:timeout, {Task.Supervised, :stream, '2'}}
