# RUN: %athanor run %s 2>/dev/null | FileCheck %s
# Map.fetch!/update!/replace!/get_and_update! fail from :maps.get/:maps.update as in
# Elixir 1.14: the raw reason seen by catch, monitors and links is {:badkey, key} (or
# {:badmap, term}); rescue still sees %KeyError{key: key, term: map}. Map.pop!/2 raises
# the KeyError struct itself.
Logger.configure_backend(:console, device: :standard_error)
defmodule Main do
  def down_reason(f) do
    {pid, ref} = spawn_monitor(f)

    receive do
      {:DOWN, ^ref, :process, ^pid, {reason, _stack}} -> reason
    end
  end

  def run do
    m = %{a: 1}
    IO.inspect(down_reason(fn -> Map.fetch!(m, :b) end))
    IO.inspect(down_reason(fn -> Map.update!(m, :b, &(&1 + 1)) end))
    IO.inspect(down_reason(fn -> Map.replace!(m, :b, 2) end))
    IO.inspect(down_reason(fn -> Map.get_and_update!(m, :b, fn v -> {v, v} end) end))
    IO.inspect(down_reason(fn -> Map.fetch!(nil, :b) end))
    IO.inspect(down_reason(fn -> Map.pop!(m, :b) end))

    t = Task.async(fn -> try do
      Map.fetch!(m, :b)
    catch
      :error, r -> {:caught, r}
    end end)
    IO.inspect(Task.await(t))

    try do
      Map.update!(m, :zz, & &1)
    rescue
      e -> IO.inspect(e); IO.puts(Exception.message(e))
    end

    try do
      Map.fetch!(nil, :b)
    rescue
      e -> IO.puts(Exception.message(e))
    end

    IO.inspect({Map.fetch!(m, :a), Map.update!(m, :a, &(&1 + 1)), Map.replace!(m, :a, 5)})
    IO.inspect(Map.get_and_update!(m, :a, fn v -> {v, v * 10} end))
  end
end

Main.run()

# CHECK: {:badkey, :b}
# CHECK-NEXT: {:badkey, :b}
# CHECK-NEXT: {:badkey, :b}
# CHECK-NEXT: {:badkey, :b}
# CHECK-NEXT: {:badmap, nil}
# CHECK-NEXT: %KeyError{key: :b, term: %{a: 1}, message: nil}
# CHECK-NEXT: {:caught, {:badkey, :b}}
# CHECK-NEXT: %KeyError{key: :zz, term: %{a: 1}, message: nil}
# CHECK-NEXT: key :zz not found in: %{a: 1}
# CHECK-NEXT: expected a map, got: nil
# CHECK-NEXT: {1, %{a: 2}, %{a: 5}}
# CHECK-NEXT: {1, %{a: 10}}
