# RUN: %athanor run %s | FileCheck %s
# Task children: `use Task` modules and {Task, fun}; :temporary by default, a :transient
# task is restarted after a crash but not after finishing normally.
Logger.configure_backend(:console, device: :standard_error)
defmodule Job do
  use Task, restart: :transient
  def start_link(arg), do: Task.start_link(__MODULE__, :run, [arg])
  def run(:crash_once) do
    runs = Agent.get_and_update(:runs, fn n -> {n, n + 1} end)
    send(:main, {:job_run, runs})
    if runs == 0, do: raise("first run fails")
    :ok
  end
end

defmodule Main do
  def runs do
    receive do
      {:job_run, n} -> [n | runs()]
    after
      100 -> []
    end
  end

  def run do
    Process.register(self(), :main)
    {:ok, _} = Agent.start_link(fn -> 0 end, name: :runs)
    IO.inspect(Job.child_spec(:crash_once))
    {:ok, sup} = Supervisor.start_link([{Job, :crash_once}, {Task, fn -> send(:main, :plain_task) end}], strategy: :one_for_one)
    receive do
      :plain_task -> IO.puts("plain task ran")
    end
    IO.inspect(runs(), label: "job runs")
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, pid, _, _} -> {id, pid} end), label: "children left")
  end
end

Main.run()

# CHECK: %{id: Job, restart: :transient, start: {Job, :start_link, [:crash_once]}}
# CHECK-NEXT: plain task ran
# CHECK-NEXT: job runs: [0, 1]
# CHECK-NEXT: children left: [{Job, :undefined}]
