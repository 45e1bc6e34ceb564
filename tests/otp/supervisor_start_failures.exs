# RUN: %athanor run %s | FileCheck %s
# Supervisor.start_link fails as OTP does when a child cannot start or a spec is invalid.
Logger.configure_backend(:console, device: :standard_error)
defmodule W do
  use GenServer
  def start_link(:error), do: {:error, :no_resources}
  def start_link(:raise), do: raise("cannot start")
  def start_link(:exit), do: exit(:start_exit)
  def start_link(:init_stop), do: GenServer.start_link(__MODULE__, :init_stop)
  def start_link(:ignore), do: :ignore
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:init_stop), do: {:stop, :refused}
  def init(arg) do
    send(:main, {:started, arg})
    {:ok, arg}
  end
  def terminate(reason, arg), do: send(:main, {:terminated, arg, reason})
end

defmodule Main do
  def child(id, arg), do: Supervisor.child_spec({W, arg}, id: id)

  def try_start(children) do
    result = Supervisor.start_link(children, strategy: :one_for_one)
    receive do
      {:EXIT, _, _} -> :ok
    after
      200 -> :ok
    end
    result
  end

  def flush do
    receive do
      msg -> [msg | flush()]
    after
      0 -> []
    end
  end

  def run do
    Process.register(self(), :main)
    Process.flag(:trap_exit, true)
    IO.inspect(try_start([child(:a, 1), child(:b, :error), child(:c, 3)]))
    IO.inspect(flush(), label: "events")
    {:error, {:shutdown, {:failed_to_start_child, :b, {:EXIT, {%RuntimeError{message: m}, _}}}}} =
      try_start([child(:a, 1), child(:b, :raise)])
    IO.inspect(m, label: "raise in start_link")
    IO.inspect(flush(), label: "events")
    IO.inspect(try_start([child(:b, :exit)]))
    IO.inspect(try_start([child(:b, :init_stop)]))
    IO.inspect(try_start([child(:a, 1), child(:a, 2)]))
    IO.inspect(try_start([%{id: :x}]))
    IO.inspect(try_start([%{id: :x, start: {W, :start_link, [1]}, restart: :sometimes}]))
    IO.inspect(try_start([%{id: :x, start: {W, :start_link, [1]}, shutdown: -1}]))
    IO.inspect(try_start([%{id: :x, start: {W, :start_link, [1]}, type: :thing}]))
    IO.inspect(try_start([%{id: :x, start: :not_mfa}]))
    IO.inspect(Supervisor.start_link([], strategy: :one_for_none))
    IO.inspect(Supervisor.start_link([], strategy: :one_for_one, max_restarts: -1))
    flush()
    {:ok, sup} = Supervisor.start_link([child(:ig, :ignore), child(:a, 1)], strategy: :one_for_one)
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, pid, _, _} -> {id, is_pid(pid)} end))
    IO.inspect(Supervisor.count_children(sup))
  end
end

Main.run()

# CHECK: {:error, {:shutdown, {:failed_to_start_child, :b, :no_resources}}}
# CHECK-NEXT: events: [started: 1]
# CHECK-NEXT: raise in start_link: "cannot start"
# CHECK-NEXT: events: [started: 1]
# CHECK-NEXT: {:error, {:shutdown, {:failed_to_start_child, :b, {:EXIT, :start_exit}}}}
# CHECK-NEXT: {:error, {:shutdown, {:failed_to_start_child, :b, :refused}}}
# CHECK-NEXT: {:error, {:start_spec, {:duplicate_child_name, :a}}}
# CHECK-NEXT: {:error, {:start_spec, :missing_start}}
# CHECK-NEXT: {:error, {:start_spec, {:invalid_restart_type, :sometimes}}}
# CHECK-NEXT: {:error, {:start_spec, {:invalid_shutdown, -1}}}
# CHECK-NEXT: {:error, {:start_spec, {:invalid_child_type, :thing}}}
# CHECK-NEXT: {:error, {:start_spec, {:invalid_mfa, :not_mfa}}}
# CHECK-NEXT: {:error, {:supervisor_data, {:invalid_strategy, :one_for_none}}}
# CHECK-NEXT: {:error, {:supervisor_data, {:invalid_intensity, -1}}}
# CHECK-NEXT: [a: true, ig: false]
# CHECK-NEXT: %{active: 1, specs: 2, supervisors: 0, workers: 2}
