# Sending invoice emails under a Task.Supervisor. The Task.Supervisor is itself a child
# of the application's Supervisor. Reminder emails are fire-and-forget
# (Task.Supervisor.start_child): nobody waits for them and a failure would not touch the
# caller. PDF rendering uses Task.Supervisor.async_nolink: the caller collects the
# results, and when one rendering crashes the caller only gets an {:exit, reason} for that
# task while the other results are still delivered.
#
# Demonstrates: Supervisor.start_link/2 with {Task.Supervisor, name: ...},
# Task.Supervisor.start_child/2, Task.Supervisor.async_nolink/2, Task.yield_many/2,
# raise inside a task, exit reasons {exception, stacktrace},
# Supervisor.which_children/1 and count_children/1, Logger.configure_backend/2.

# Crash reports are logged; send them to standard error so standard output stays exact.
Logger.configure_backend(:console, device: :standard_error)

defmodule Mailer do
  # Pretends to talk to an SMTP server, then tells the reporter the mail went out.
  def deliver(reporter, to, subject, delay_ms) do
    Process.sleep(delay_ms)
    send(reporter, {:delivered, to, subject})
  end

  def render_pdf(%{id: id, lines: lines}) do
    if lines == [], do: raise(ArgumentError, "invoice #{id} has no lines")
    total = Enum.sum(for {qty, price} <- lines, do: qty * price)
    "#{id}.pdf (#{total} EUR, #{length(lines)} lines)"
  end
end

children = [{Task.Supervisor, name: Mailer.TaskSupervisor}]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)

[{id, _pid, type, modules}] = Supervisor.which_children(sup)
IO.inspect({id, type, modules}, label: "supervisor child")

# Fire-and-forget reminders.
me = self()
overdue = [{"acme@example.com", 30}, {"globex@example.com", 10}, {"initech@example.com", 20}]

for {to, delay} <- overdue do
  {:ok, _pid} =
    Task.Supervisor.start_child(Mailer.TaskSupervisor, fn ->
      Mailer.deliver(me, to, "Payment reminder", delay)
    end)
end

delivered =
  for _ <- overdue do
    receive do
      {:delivered, to, subject} -> "#{subject} -> #{to}"
    after
      1_000 -> "lost"
    end
  end

IO.puts("reminders delivered:")
Enum.each(Enum.sort(delivered), &IO.puts("  " <> &1))

# Rendering with async_nolink: one invoice is broken and its task raises.
invoices = [
  %{id: "INV-7", lines: [{2, 120}, {4, 35}]},
  %{id: "INV-8", lines: []},
  %{id: "INV-9", lines: [{1, 999}]}
]

tasks =
  Enum.map(invoices, fn invoice ->
    Task.Supervisor.async_nolink(Mailer.TaskSupervisor, fn -> Mailer.render_pdf(invoice) end)
  end)

IO.puts("rendered:")

for {invoice, {_task, result}} <- Enum.zip(invoices, Task.yield_many(tasks, 1_000)) do
  case result do
    {:ok, pdf} -> IO.puts("  #{invoice.id}: #{pdf}")
    {:exit, {%ArgumentError{message: message}, _stacktrace}} -> IO.puts("  #{invoice.id}: failed (#{message})")
    nil -> IO.puts("  #{invoice.id}: still running")
  end
end

IO.inspect(Process.alive?(self()), label: "caller alive")
IO.inspect(Supervisor.count_children(sup), label: "supervisor")
