# RUN: %athanor run %s | FileCheck %s
# A GenServer that runs work in Task.Supervisor.async_nolink tasks and receives their
# results ({ref, result}) and failures ({:DOWN, ...}) in handle_info/2.
Logger.configure_backend(:console, device: :standard_error)
defmodule Jobs do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def run(id, fun), do: GenServer.call(__MODULE__, {:run, id, fun})
  def results, do: GenServer.call(__MODULE__, :results)
  @impl true
  def init(:ok), do: {:ok, %{tasks: %{}, results: []}}
  @impl true
  def handle_call({:run, id, fun}, _from, s) do
    task = Task.Supervisor.async_nolink(Jobs.TaskSup, fun)
    {:reply, :started, %{s | tasks: Map.put(s.tasks, task.ref, id)}}
  end
  def handle_call(:results, _from, s), do: {:reply, {map_size(s.tasks), Enum.sort(s.results)}, s}
  @impl true
  def handle_info({ref, result}, s) when is_reference(ref) do
    Process.demonitor(ref, [:flush])
    {id, tasks} = Map.pop(s.tasks, ref)
    {:noreply, %{s | tasks: tasks, results: [{id, {:ok, result}} | s.results]}}
  end
  def handle_info({:DOWN, ref, :process, _pid, reason}, s) do
    {id, tasks} = Map.pop(s.tasks, ref)
    r = case reason do
      {%RuntimeError{message: m}, _} -> m
      other -> other
    end
    {:noreply, %{s | tasks: tasks, results: [{id, {:failed, r}} | s.results]}}
  end
end

{:ok, _} = Supervisor.start_link([{Task.Supervisor, name: Jobs.TaskSup}, Jobs], strategy: :one_for_one)
Jobs.run(:a, fn -> 1 + 1 end)
Jobs.run(:b, fn -> raise "job failed" end)
Jobs.run(:c, fn -> Process.sleep(30); :slow end)
Jobs.run(:d, fn -> exit(:bye) end)
Process.sleep(200)
IO.inspect(Jobs.results())

# CHECK: {0,
# CHECK-NEXT:  [a: {:ok, 2}, b: {:failed, "job failed"}, c: {:ok, :slow}, d: {:failed, :bye}]}
