# RUN: %athanor run %s | FileCheck %s
# RUN: env ATHANOR_SCHEDULERS=1 %athanor run %s | FileCheck %s
# Task.async_stream is lazy, as in Elixir: it pulls its input one element at a time, keeps
# at most max_concurrency tasks running and emits each result as soon as it is its turn,
# so the input's, the tasks' and the consumer's side effects interleave as on the BEAM,
# infinite inputs work, and stopping early (Enum.take, a failing consumer) kills the
# remaining tasks and leaves the mailbox clean. Tasks are linked to a helper process, so a
# caller that traps exits gets {:exit, reason} entries and no EXIT messages.
Logger.configure_backend(:console, device: :standard_error)

1..3
|> Task.async_stream(fn x -> IO.puts("work #{x}"); x * 10 end, max_concurrency: 1)
|> Enum.each(fn {:ok, v} -> IO.puts("result #{v}") end)

1..4
|> Stream.map(fn x -> IO.puts("input #{x}"); x end)
|> Task.async_stream(fn x -> x * 10 end, max_concurrency: 2)
|> Enum.each(fn {:ok, v} -> IO.puts("result #{v}") end)

IO.inspect(Stream.iterate(1, &(&1 + 1)) |> Task.async_stream(&(&1 * 2)) |> Enum.take(4))

IO.inspect(1..100 |> Task.async_stream(fn x -> Process.sleep(5); x end, max_concurrency: 3) |> Enum.take(2))
Process.sleep(30)
IO.inspect(Process.info(self(), :message_queue_len), label: "after take")

r =
  try do
    Task.async_stream(1..5, & &1) |> Enum.each(fn {:ok, 2} -> raise "consumer failed"; _ -> :ok end)
  rescue
    e -> e.message
  end

IO.inspect(r)
Process.sleep(30)
IO.inspect(Process.info(self(), :message_queue_len), label: "after raise")

Process.flag(:trap_exit, true)
r = Task.async_stream([1, 2, 3], fn 2 -> exit(:boom); x -> x end) |> Enum.to_list()
IO.inspect(r)
receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "unexpected EXIT")
after
  50 -> IO.puts("no EXIT messages")
end

stream = Task.async_stream([1, 2], &(&1 + 100))
IO.inspect({Enum.to_list(stream), Enum.to_list(stream)})

# CHECK: work 1
# CHECK-NEXT: result 10
# CHECK-NEXT: work 2
# CHECK-NEXT: result 20
# CHECK-NEXT: work 3
# CHECK-NEXT: result 30
# CHECK-NEXT: input 1
# CHECK-NEXT: input 2
# CHECK-NEXT: result 10
# CHECK-NEXT: input 3
# CHECK-NEXT: result 20
# CHECK-NEXT: input 4
# CHECK-NEXT: result 30
# CHECK-NEXT: result 40
# CHECK-NEXT: [ok: 2, ok: 4, ok: 6, ok: 8]
# CHECK-NEXT: [ok: 1, ok: 2]
# CHECK-NEXT: after take: {:message_queue_len, 0}
# CHECK-NEXT: "consumer failed"
# CHECK-NEXT: after raise: {:message_queue_len, 0}
# CHECK-NEXT: [ok: 1, exit: :boom, ok: 3]
# CHECK-NEXT: no EXIT messages
# CHECK-NEXT: {[ok: 101, ok: 102], [ok: 101, ok: 102]}
