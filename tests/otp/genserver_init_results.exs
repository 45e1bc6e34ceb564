# RUN: %athanor run %s | FileCheck %s
# What start/3 returns for each init/1 result, and the name being released on failure.
Logger.configure_backend(:console, device: :standard_error)
defmodule Init do
  use GenServer
  def init(:stop), do: {:stop, :no_way}
  def init(:ignore), do: :ignore
  def init(:bad), do: :what_is_this
  def init(:raise), do: raise(ArgumentError, "bad init")
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(:hibernate), do: {:ok, :hib, :hibernate}
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

IO.inspect(GenServer.start(Init, :stop, name: :init_test))
IO.inspect(Process.whereis(:init_test), label: "name after failed init")
IO.inspect(GenServer.start(Init, :ignore, name: :init_test))
IO.inspect(GenServer.start(Init, :bad))
IO.inspect(GenServer.start(Init, :exit))
{:error, {%ArgumentError{message: msg}, stack}} = GenServer.start(Init, :raise)
IO.inspect({msg, is_list(stack)}, label: "raise in init")
{:ok, pid} = GenServer.start(Init, :throw)
IO.inspect(GenServer.call(pid, :get), label: "thrown value is the init result")
{:ok, pid} = GenServer.start(Init, :hibernate)
IO.inspect(GenServer.call(pid, :get), label: "hibernate")
{:ok, pid} = GenServer.start(Init, :fine, name: :init_test)
IO.inspect(GenServer.call(:init_test, :get))
IO.inspect(Process.whereis(:init_test) == pid)

# CHECK: {:error, :no_way}
# CHECK-NEXT: name after failed init: nil
# CHECK-NEXT: :ignore
# CHECK-NEXT: {:error, {:bad_return_value, :what_is_this}}
# CHECK-NEXT: {:error, :init_exit}
# CHECK-NEXT: raise in init: {"bad init", true}
# CHECK-NEXT: thrown value is the init result: :thrown_state
# CHECK-NEXT: hibernate: :hib
# CHECK-NEXT: :fine
# CHECK-NEXT: true
