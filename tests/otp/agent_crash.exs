# RUN: %athanor run %s | FileCheck %s
# A function that raises inside the agent crashes it; the caller exits with the reason.
Logger.configure_backend(:console, device: :standard_error)
defmodule Main do
  def run do
    {:ok, pid} = Agent.start(fn -> 1 end)
    ref = Process.monitor(pid)
    r = try do
      Agent.get(pid, fn _ -> raise "inside the agent" end)
    catch
      :exit, {{%RuntimeError{message: m}, _}, {GenServer, :call, [^pid, {:get, _}, 5000]}} -> {:caller_exited, m}
    end
    IO.inspect(r)
    receive do
      {:DOWN, ^ref, :process, ^pid, {%RuntimeError{message: m}, _}} -> IO.inspect(m, label: "agent down")
    end
    Process.flag(:trap_exit, true)
    r = Agent.start_link(fn -> raise ArgumentError, "bad initial state" end)
    {:error, {%ArgumentError{message: m}, _}} = r
    IO.inspect(m, label: "start_link error")
    receive do
      {:EXIT, _, {%ArgumentError{}, _}} -> IO.puts("EXIT received")
    end
    {:ok, pid} = Agent.start_link(fn -> :s end)
    Agent.cast(pid, fn _ -> exit(:cast_exit) end)
    receive do
      {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "cast exit")
    end
  end
end

Main.run()

# CHECK: {:caller_exited, "inside the agent"}
# CHECK-NEXT: agent down: "inside the agent"
# CHECK-NEXT: start_link error: "bad initial state"
# CHECK-NEXT: EXIT received
# CHECK-NEXT: cast exit: :cast_exit
