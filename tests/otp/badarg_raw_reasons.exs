# RUN: %athanor run %s 2>/dev/null | FileCheck %s
# String.to_integer/1,2, String.to_float/1, String.to_existing_atom/1, Integer.to_string/2
# and String.duplicate/2 call Erlang BIFs on the BEAM: their raw failure reason, as seen
# by catch, monitors and task owners, is :badarg; rescue sees the ArgumentError built
# from the BIF's error_info.
Logger.configure_backend(:console, device: :standard_error)
defmodule Main do
  def run do
    fs = [
      fn -> String.to_integer("x1") end,
      fn -> String.to_integer("12", 50) end,
      fn -> String.to_float("1") end,
      fn -> String.to_existing_atom("surely_not_an_existing_atom_42") end,
      fn -> Integer.to_string(5, 99) end,
      fn -> String.duplicate("ab", -1) end
    ]

    for f <- fs do
      raw =
        try do
          f.()
        catch
          :error, r -> r
        end

      message =
        try do
          f.()
        rescue
          e in ArgumentError -> e.message
        end

      IO.inspect({raw, message})
    end

    {pid, ref} = spawn_monitor(fn -> String.to_integer("zz") end)

    receive do
      {:DOWN, ^ref, :process, ^pid, {reason, _}} -> IO.inspect(reason, label: "down")
    end

    Process.flag(:trap_exit, true)
    t = Task.async(fn -> String.to_integer("nope") end)

    try do
      Task.await(t)
    catch
      :exit, {{reason, _}, {Task, :await, _}} -> IO.inspect(reason, label: "await")
    end
  end
end

Main.run()

# CHECK: {:badarg,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of an integer\n"}
# CHECK-NEXT: {:badarg,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 2nd argument: not an integer in the range 2 through 36\n"}
# CHECK-NEXT: {:badarg,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of a float\n"}
# CHECK-NEXT: {:badarg,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 1st argument: not an already existing atom\n"}
# CHECK-NEXT: {:badarg,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 2nd argument: not an integer in the range 2 through 36\n"}
# CHECK-NEXT: {:badarg,
# CHECK-NEXT:  "errors were found at the given arguments:\n\n  * 2nd argument: out of range\n"}
# CHECK-NEXT: down: :badarg
# CHECK-NEXT: await: :badarg
