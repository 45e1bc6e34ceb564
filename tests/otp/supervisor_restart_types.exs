# RUN: %athanor run %s | FileCheck %s
# :permanent children are always restarted, :transient only after an abnormal exit,
# :temporary never (and their spec is dropped).
Logger.configure_backend(:console, device: :standard_error)
defmodule Child do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name), do: {:ok, name}
  def handle_cast({:stop, reason}, name), do: {:stop, reason, name}
end

defmodule Main do
  def stop_and_wait(sup, name, reason) do
    pid = Process.whereis(name)
    ref = Process.monitor(pid)
    GenServer.cast(name, {:stop, reason})
    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end
    _ = Supervisor.count_children(sup)
    new = Process.whereis(name)
    cond do
      new == nil -> :not_restarted
      new != pid -> :restarted
    end
  end

  def run do
    children = [
      Supervisor.child_spec({Child, :perm}, id: :perm, restart: :permanent),
      Supervisor.child_spec({Child, :trans}, id: :trans, restart: :transient),
      Supervisor.child_spec({Child, :temp}, id: :temp, restart: :temporary)
    ]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, max_restarts: 10)
    IO.inspect(stop_and_wait(sup, :perm, :normal), label: "permanent, normal exit")
    IO.inspect(stop_and_wait(sup, :trans, :normal), label: "transient, normal exit")
    IO.inspect(Supervisor.restart_child(sup, :trans) |> elem(0), label: "restart_child")
    IO.inspect(stop_and_wait(sup, :trans, {:shutdown, :x}), label: "transient, {:shutdown, _}")
    {:ok, _} = Supervisor.restart_child(sup, :trans)
    IO.inspect(stop_and_wait(sup, :trans, :boom), label: "transient, abnormal exit")
    IO.inspect(stop_and_wait(sup, :temp, :boom), label: "temporary, abnormal exit")
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, pid, _, _} -> {id, is_pid(pid)} end))
    IO.inspect(Supervisor.count_children(sup))
  end
end

Main.run()

# CHECK: permanent, normal exit: :restarted
# CHECK-NEXT: transient, normal exit: :not_restarted
# CHECK-NEXT: restart_child: :ok
# CHECK-NEXT: transient, {:shutdown, _}: :not_restarted
# CHECK-NEXT: transient, abnormal exit: :restarted
# CHECK-NEXT: temporary, abnormal exit: :not_restarted
# CHECK-NEXT: [trans: true, perm: true]
# CHECK-NEXT: %{active: 2, specs: 2, supervisors: 0, workers: 2}
