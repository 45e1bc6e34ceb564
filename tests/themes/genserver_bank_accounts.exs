# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Bank do
  use GenServer

  def start_link(opts \\ []), do: GenServer.start_link(__MODULE__, %{}, opts)
  def open(pid, name, initial), do: GenServer.call(pid, {:open, name, initial})
  def deposit(pid, name, amt), do: GenServer.call(pid, {:deposit, name, amt})
  def withdraw(pid, name, amt), do: GenServer.call(pid, {:withdraw, name, amt})
  def balance(pid, name), do: GenServer.call(pid, {:balance, name})
  def transfer(pid, from, to, amt), do: GenServer.call(pid, {:transfer, from, to, amt})
  def audit(pid), do: GenServer.cast(pid, :audit)
  def accounts(pid), do: GenServer.call(pid, :accounts)

  @impl true
  def init(state), do: {:ok, Map.put(state, :log, [])}

  @impl true
  def handle_call({:open, name, initial}, _from, state) do
    if Map.has_key?(state, name) do
      {:reply, {:error, :exists}, state}
    else
      {:reply, :ok, state |> Map.put(name, initial) |> log({:open, name})}
    end
  end

  def handle_call({:deposit, name, amt}, _from, state) when amt > 0 do
    case state do
      %{^name => bal} -> {:reply, {:ok, bal + amt}, %{state | name => bal + amt} |> log({:dep, name, amt})}
      _ -> {:reply, {:error, :no_account}, state}
    end
  end

  def handle_call({:deposit, _, _}, _from, state), do: {:reply, {:error, :bad_amount}, state}

  def handle_call({:withdraw, name, amt}, _from, state) do
    with {:ok, bal} <- Map.fetch(state, name),
         true <- bal >= amt do
      {:reply, {:ok, bal - amt}, %{state | name => bal - amt}}
    else
      :error -> {:reply, {:error, :no_account}, state}
      false -> {:reply, {:error, :insufficient}, state}
    end
  end

  def handle_call({:balance, name}, _from, state), do: {:reply, Map.get(state, name), state}

  def handle_call({:transfer, from, to, amt}, _from, state) do
    case {state[from], state[to]} do
      {nil, _} -> {:reply, {:error, {:unknown, from}}, state}
      {_, nil} -> {:reply, {:error, {:unknown, to}}, state}
      {fb, _} when fb < amt -> {:reply, {:error, :insufficient}, state}
      {fb, tb} -> {:reply, :ok, %{state | from => fb - amt, to => tb + amt} |> log({:xfer, from, to, amt})}
    end
  end

  def handle_call(:accounts, _from, state) do
    {:reply, state |> Map.drop([:log]) |> Enum.sort(), state}
  end

  @impl true
  def handle_cast(:audit, state) do
    IO.puts("audit: #{length(state.log)} log entries")
    IO.inspect(Enum.reverse(state.log), label: "log")
    {:noreply, state}
  end

  defp log(state, entry), do: Map.update!(state, :log, &[entry | &1])
end

{:ok, b} = Bank.start_link()
IO.inspect(Bank.open(b, "alice", 100))
IO.inspect(Bank.open(b, "bob", 50))
IO.inspect(Bank.open(b, "alice", 1))
IO.inspect(Bank.deposit(b, "alice", 25))
IO.inspect(Bank.deposit(b, "alice", -5))
IO.inspect(Bank.deposit(b, "carol", 5))
IO.inspect(Bank.withdraw(b, "bob", 80))
IO.inspect(Bank.withdraw(b, "bob", 20))
IO.inspect(Bank.transfer(b, "alice", "bob", 100))
IO.inspect(Bank.transfer(b, "alice", "bob", 100))
IO.inspect(Bank.transfer(b, "zed", "bob", 1))
IO.inspect(Bank.balance(b, "bob"))
IO.inspect(Bank.accounts(b))
Bank.audit(b)
IO.inspect(Bank.balance(b, "alice"))
{:ok, _} = Bank.start_link(name: :central)
IO.inspect(Bank.open(:central, "x", 1))
IO.inspect(Bank.accounts(:central))
IO.inspect(GenServer.whereis(:central) |> is_pid())

# CHECK: :ok
# CHECK-NEXT: :ok
# CHECK-NEXT: {:error, :exists}
# CHECK-NEXT: {:ok, 125}
# CHECK-NEXT: {:error, :bad_amount}
# CHECK-NEXT: {:error, :no_account}
# CHECK-NEXT: {:error, :insufficient}
# CHECK-NEXT: {:ok, 30}
# CHECK-NEXT: :ok
# CHECK-NEXT: {:error, :insufficient}
# CHECK-NEXT: {:error, {:unknown, "zed"}}
# CHECK-NEXT: 130
# CHECK-NEXT: [{"alice", 25}, {"bob", 130}]
# CHECK-NEXT: audit: 4 log entries
# CHECK-NEXT: log: [
# CHECK-NEXT:   {:open, "alice"},
# CHECK-NEXT:   {:open, "bob"},
# CHECK-NEXT:   {:dep, "alice", 25},
# CHECK-NEXT:   {:xfer, "alice", "bob", 100}
# CHECK-NEXT: ]
# CHECK-NEXT: 25
# CHECK-NEXT: :ok
# CHECK-NEXT: [{"x", 1}]
# CHECK-NEXT: true
