# A stateful invoice calculator as a GenServer: clients add invoices with casts
# (fire-and-forget) or calls (which answer with the priced invoice), and ask for running
# statistics — count, total, average and largest invoice — and per-customer totals. A
# bad invoice is rejected with an error reply and leaves the state untouched.
#
# Demonstrates: use GenServer, @impl true, init/1, handle_call/3, handle_cast/2,
# GenServer.start_link/3 with a name, GenServer.call/2 and cast/2, a client API that
# hides the protocol, {:reply, ...}/{:noreply, ...} results, map update syntax,
# Map.update/4, with/else, GenServer.stop/1.
defmodule InvoiceCalculator do
  use GenServer

  @tax_rate 0.2

  # ---- client API ----

  def start_link(opts \\ []) do
    GenServer.start_link(__MODULE__, :ok, Keyword.put_new(opts, :name, __MODULE__))
  end

  def add(invoice), do: GenServer.cast(__MODULE__, {:add, invoice})
  def price(invoice), do: GenServer.call(__MODULE__, {:price, invoice})
  def stats, do: GenServer.call(__MODULE__, :stats)
  def by_customer, do: GenServer.call(__MODULE__, :by_customer)
  def reset, do: GenServer.cast(__MODULE__, :reset)

  # ---- server callbacks ----

  @impl true
  def init(:ok), do: {:ok, empty()}

  @impl true
  def handle_cast({:add, invoice}, state) do
    case total(invoice) do
      {:ok, amount} -> {:noreply, record(state, invoice.customer, amount)}
      {:error, _reason} -> {:noreply, %{state | rejected: state.rejected + 1}}
    end
  end

  def handle_cast(:reset, _state), do: {:noreply, empty()}

  @impl true
  def handle_call({:price, invoice}, _from, state) do
    with {:ok, amount} <- total(invoice) do
      {:reply, {:ok, amount}, record(state, invoice.customer, amount)}
    else
      {:error, reason} -> {:reply, {:error, reason}, %{state | rejected: state.rejected + 1}}
    end
  end

  def handle_call(:stats, _from, state) do
    average = if state.count == 0, do: 0.0, else: Float.round(state.total / state.count, 2)
    stats = %{count: state.count, total: Float.round(state.total, 2), average: average,
              max: state.max, rejected: state.rejected}
    {:reply, stats, state}
  end

  def handle_call(:by_customer, _from, state) do
    {:reply, Enum.sort(state.customers), state}
  end

  # ---- pure helpers ----

  defp empty, do: %{count: 0, total: 0.0, max: nil, rejected: 0, customers: %{}}

  defp record(state, customer, amount) do
    %{state |
      count: state.count + 1,
      total: state.total + amount,
      max: if(state.max == nil or amount > state.max, do: amount, else: state.max),
      customers: Map.update(state.customers, customer, amount, &Float.round(&1 + amount, 2))}
  end

  defp total(%{items: []}), do: {:error, :no_items}

  defp total(%{items: items}) do
    if Enum.all?(items, fn {qty, price} -> qty > 0 and price >= 0 end) do
      subtotal = Enum.reduce(items, 0, fn {qty, price}, acc -> acc + qty * price end)
      {:ok, Float.round(subtotal * (1 + @tax_rate), 2)}
    else
      {:error, :invalid_line}
    end
  end
end

{:ok, _pid} = InvoiceCalculator.start_link()

InvoiceCalculator.add(%{customer: "Acme", items: [{2, 120}, {4, 35}]})
InvoiceCalculator.add(%{customer: "Globex", items: [{1, 999}]})
InvoiceCalculator.add(%{customer: "Acme", items: []})
IO.inspect(InvoiceCalculator.price(%{customer: "Initech", items: [{10, 7.5}]}), label: "priced")
IO.inspect(InvoiceCalculator.price(%{customer: "Acme", items: [{1, 50}, {-1, 50}]}), label: "priced")
IO.inspect(InvoiceCalculator.price(%{customer: "Acme", items: [{3, 19.99}]}), label: "priced")

# Casts and calls from one client are handled in order, so the stats include every add.
IO.inspect(InvoiceCalculator.stats(), label: "stats")
IO.inspect(InvoiceCalculator.by_customer(), label: "by customer")

# Many clients at once: five tasks price an invoice each; the server handles the
# requests one at a time, so no update is lost.
1..5
|> Enum.map(fn n -> Task.async(fn -> InvoiceCalculator.price(%{customer: "C#{rem(n, 2)}", items: [{n, 10}]}) end) end)
|> Task.await_many()
|> IO.inspect(label: "concurrent")

IO.inspect(InvoiceCalculator.stats(), label: "stats")

InvoiceCalculator.reset()
IO.inspect(InvoiceCalculator.stats(), label: "after reset")
IO.inspect(GenServer.stop(InvoiceCalculator), label: "stop")
IO.inspect(Process.whereis(InvoiceCalculator), label: "registered")
