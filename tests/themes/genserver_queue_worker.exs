# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule JobQueue do
  use GenServer
  def start_link(workers), do: GenServer.start_link(__MODULE__, workers, name: __MODULE__)
  def push(job), do: GenServer.cast(__MODULE__, {:push, job})
  def results, do: GenServer.call(__MODULE__, :results)
  def drain(timeout \\ 2000), do: GenServer.call(__MODULE__, :drain, timeout)
  @impl true
  def init(n), do: {:ok, %{free: n, queue: :queue_placeholder, pending: [], running: %{}, done: [], waiting: nil}}
  @impl true
  def handle_cast({:push, job}, s), do: {:noreply, s |> Map.update!(:pending, &(&1 ++ [job])) |> dispatch()}
  @impl true
  def handle_call(:results, _from, s), do: {:reply, Enum.sort(s.done), s}
  def handle_call(:drain, from, s) do
    if s.pending == [] and map_size(s.running) == 0,
      do: {:reply, Enum.sort(s.done), s},
      else: {:noreply, %{s | waiting: from}}
  end
  @impl true
  def handle_info({ref, result}, s) when is_reference(ref) do
    Process.demonitor(ref, [:flush])
    {job, running} = Map.pop(s.running, ref)
    s = %{s | running: running, free: s.free + 1, done: [{job, result} | s.done]} |> dispatch()
    {:noreply, maybe_reply(s)}
  end
  def handle_info({:DOWN, ref, :process, _, reason}, s) do
    {job, running} = Map.pop(s.running, ref)
    s = %{s | running: running, free: s.free + 1, done: [{job, {:crashed, elem(reason, 0).__struct__}} | s.done]} |> dispatch()
    {:noreply, maybe_reply(s)}
  end
  defp dispatch(%{free: 0} = s), do: s
  defp dispatch(%{pending: []} = s), do: s
  defp dispatch(%{pending: [job | rest]} = s) do
    task = Task.Supervisor.async_nolink(JobQueue.TS, fn -> run(job) end)
    dispatch(%{s | pending: rest, free: s.free - 1, running: Map.put(s.running, task.ref, job)})
  end
  defp maybe_reply(%{waiting: nil} = s), do: s
  defp maybe_reply(%{pending: [], running: r} = s) when map_size(r) == 0 do
    GenServer.reply(s.waiting, Enum.sort(s.done))
    %{s | waiting: nil}
  end
  defp maybe_reply(s), do: s
  defp run({:square, n}), do: (Process.sleep(5); n * n)
  defp run({:fail, _}), do: raise(ArgumentError, "job failed")
  defp run({:upcase, s}), do: String.upcase(s)
end
Logger.configure_backend(:console, device: :standard_error)
{:ok, _} = Task.Supervisor.start_link(name: JobQueue.TS)
{:ok, _} = JobQueue.start_link(2)
jobs = [{:square, 3}, {:upcase, "abc"}, {:fail, 1}, {:square, 11}, {:upcase, "x"}, {:square, 0}]
Enum.each(jobs, &JobQueue.push/1)
IO.inspect(JobQueue.drain())
JobQueue.push({:square, 100})
IO.inspect(JobQueue.drain() |> length())
IO.inspect(JobQueue.results() |> Enum.filter(&match?({{:square, _}, _}, &1)))

# CHECK: [
# CHECK-NEXT:   {{\{\{}}:fail, 1}, {:crashed, ArgumentError}},
# CHECK-NEXT:   {{\{\{}}:square, 0}, 0},
# CHECK-NEXT:   {{\{\{}}:square, 3}, 9},
# CHECK-NEXT:   {{\{\{}}:square, 11}, 121},
# CHECK-NEXT:   {{\{\{}}:upcase, "abc"}, "ABC"},
# CHECK-NEXT:   {{\{\{}}:upcase, "x"}, "X"}
# CHECK-NEXT: ]
# CHECK-NEXT: 7
# CHECK-NEXT: [
# CHECK-NEXT:   {{\{\{}}:square, 0}, 0},
# CHECK-NEXT:   {{\{\{}}:square, 3}, 9},
# CHECK-NEXT:   {{\{\{}}:square, 11}, 121},
# CHECK-NEXT:   {{\{\{}}:square, 100}, 10000}
# CHECK-NEXT: ]
