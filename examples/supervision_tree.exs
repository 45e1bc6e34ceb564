# A small supervision tree for invoicing. The top supervisor (one_for_one) runs an
# invoice counter and a nested billing supervisor; the billing supervisor (one_for_all)
# runs the invoice numberer and the ledger, which must stay consistent with each other.
# A bad invoice crashes the counter: it is restarted alone, with its state reset, and
# billing is untouched. Killing the numberer restarts the whole billing subtree.
#
# Demonstrates: Supervisor.start_link/2 with child specs {Module, arg} and Module,
# `use Supervisor` with init/1 and Supervisor.init/2, strategies :one_for_one and
# :one_for_all, `use GenServer` and `use Agent` workers registered by name, restarts,
# Process.exit/2 with :kill, Supervisor.which_children/1, count_children/1 and stop/1.

# Crash reports are logged; send them to standard error so standard output stays exact.
Logger.configure_backend(:console, device: :standard_error)

defmodule InvoiceCounter do
  use GenServer

  def start_link(start), do: GenServer.start_link(__MODULE__, start, name: __MODULE__)
  def record(invoice), do: GenServer.cast(__MODULE__, {:record, invoice})
  def count, do: GenServer.call(__MODULE__, :count)

  @impl true
  def init(start), do: {:ok, start}

  @impl true
  def handle_cast({:record, %{total: total}}, n) when total >= 0, do: {:noreply, n + 1}
  # A negative total is a bug upstream: let it crash, the supervisor restarts us.
  def handle_cast({:record, invoice}, _n), do: raise(ArgumentError, "bad invoice #{invoice.id}")

  @impl true
  def handle_call(:count, _from, n), do: {:reply, n, n}
end

defmodule Numberer do
  use GenServer

  def start_link(prefix), do: GenServer.start_link(__MODULE__, prefix, name: __MODULE__)
  def next, do: GenServer.call(__MODULE__, :next)

  @impl true
  def init(prefix), do: {:ok, {prefix, 1}}

  @impl true
  def handle_call(:next, _from, {prefix, n}), do: {:reply, "#{prefix}-#{n}", {prefix, n + 1}}
end

defmodule Ledger do
  use Agent

  def start_link(_arg), do: Agent.start_link(fn -> [] end, name: __MODULE__)
  def post(number, amount), do: Agent.update(__MODULE__, &[{number, amount} | &1])
  def entries, do: Agent.get(__MODULE__, &Enum.reverse/1)
end

defmodule Billing.Supervisor do
  use Supervisor

  def start_link(prefix), do: Supervisor.start_link(__MODULE__, prefix, name: __MODULE__)

  @impl true
  def init(prefix) do
    # Numbers and ledger entries must agree: if one of them restarts, restart both.
    Supervisor.init([{Numberer, prefix}, Ledger], strategy: :one_for_all)
  end
end

defmodule Tree do
  def bill(amount) do
    number = Numberer.next()
    Ledger.post(number, amount)
    InvoiceCounter.record(%{id: number, total: amount})
    number
  end

  # Waits until the supervisor has restarted `name` (a new pid is registered).
  def await_restart(name, old_pid) do
    case Process.whereis(name) do
      pid when is_pid(pid) and pid != old_pid -> pid
      _ ->
        Process.sleep(5)
        await_restart(name, old_pid)
    end
  end

  def children(sup) do
    for {id, _pid, type, modules} <- Supervisor.which_children(sup), do: {id, type, modules}
  end
end

children = [{InvoiceCounter, 0}, {Billing.Supervisor, "INV"}]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, name: Invoicing.Supervisor)

IO.inspect(Tree.children(sup), label: "top")
IO.inspect(Tree.children(Billing.Supervisor), label: "billing")
IO.inspect(Supervisor.count_children(sup), label: "top counts")

IO.inspect(Enum.map([120, 80, 45], &Tree.bill/1), label: "billed")
IO.inspect(InvoiceCounter.count(), label: "counted")

IO.puts("-- a bad invoice crashes the counter")
counter = Process.whereis(InvoiceCounter)
numberer = Process.whereis(Numberer)
InvoiceCounter.record(%{id: "INV-X", total: -10})
new_counter = Tree.await_restart(InvoiceCounter, counter)
IO.inspect(InvoiceCounter.count(), label: "counted after restart")
IO.inspect(Process.whereis(Numberer) == numberer, label: "numberer untouched")
IO.inspect(Tree.bill(99), label: "billed")
IO.inspect(Ledger.entries(), label: "ledger")

IO.puts("-- killing the numberer restarts billing (one_for_all)")
ledger = Process.whereis(Ledger)
Process.exit(numberer, :kill)
Tree.await_restart(Numberer, numberer)
Tree.await_restart(Ledger, ledger)
IO.inspect(Ledger.entries(), label: "ledger after restart")
IO.inspect(Tree.bill(10), label: "billed")
IO.inspect(Process.whereis(InvoiceCounter) == new_counter, label: "counter untouched")
IO.inspect(InvoiceCounter.count(), label: "counted")
IO.inspect(Supervisor.count_children(Billing.Supervisor), label: "billing counts")

IO.inspect(Supervisor.stop(sup), label: "stop")
IO.inspect(Enum.map([InvoiceCounter, Numberer, Ledger], &Process.whereis/1), label: "registered")
