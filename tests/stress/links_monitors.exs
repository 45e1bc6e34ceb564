# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Stress (small counts; also run under ASan and TSan by scripts/sanitize.sh): links and
# monitors set up and torn down while the other side exits, exit signals racing with
# messages, kill, trapped exits and link cascades.
Process.flag(:trap_exit, true)
parent = self()

# monitors: half the targets exit normally, half are killed
mons = for _ <- 1..300 do
  pid = spawn(fn -> receive do :go -> :ok end end)
  {pid, Process.monitor(pid)}
end
for {{pid, _}, i} <- Enum.with_index(mons) do
  if rem(i, 2) == 0, do: send(pid, :go), else: Process.exit(pid, :kill)
end
downs = for {_, ref} <- mons, do: (receive do {:DOWN, ^ref, :process, _, r} -> r after 5000 -> :missing end)
IO.inspect(Enum.frequencies(downs), label: "downs")

# monitoring a dead process: an immediate :noproc
{dead, ref0} = spawn_monitor(fn -> :ok end)
receive do {:DOWN, ^ref0, :process, _, :normal} -> :ok end
ref = Process.monitor(dead)
receive do
  {:DOWN, ^ref, :process, _, r} -> IO.inspect(r, label: "late monitor")
end

# demonitor racing with the exit: no DOWN after demonitor(flush)
racers = for _ <- 1..200 do
  pid = spawn(fn -> :ok end)
  ref = Process.monitor(pid)
  Process.demonitor(ref, [:flush])
  ref
end
stray = Enum.count(racers, fn ref -> receive do {:DOWN, ^ref, _, _, _} -> true after 0 -> false end end)
IO.inspect(stray, label: "stray downs")

# links with trapped exits: crash, exit reasons, normal exits
linked = for i <- 1..200 do
  spawn_link(fn ->
    receive do
      :go ->
        case rem(i, 3) do
          0 -> exit(:bye)
          1 -> raise "boom"
          2 -> :ok
        end
    end
  end)
end
Logger.configure_backend(:console, device: :standard_error)
Enum.each(linked, &send(&1, :go))
reasons = for _ <- linked do
  receive do
    {:EXIT, _, :bye} -> :bye
    {:EXIT, _, :normal} -> :normal
    {:EXIT, _, {%RuntimeError{message: "boom"}, _}} -> :boom
  after 5000 -> :missing
  end
end
IO.inspect(Enum.frequencies(reasons), label: "exits")

# a cascade: a chain of linked processes dies when its tail is killed
spawn(fn ->
  Process.flag(:trap_exit, true)
  me = self()
  head = Enum.reduce(1..50, nil, fn _, prev ->
    spawn_link(fn ->
      if prev, do: Process.link(prev)
      receive do :never -> :ok end
    end)
  end)
  Process.link(head)
  Process.sleep(20)
  tail = head
  Process.exit(tail, :kill)
  receive do
    {:EXIT, ^tail, r} -> send(parent, {:cascade, r})
  end
  _ = me
end)
receive do
  {:cascade, r} -> IO.inspect(r, label: "cascade")
end

# exit signals from many senders to one trapping process
target = spawn(fn ->
  Process.flag(:trap_exit, true)
  send(parent, :trapping)
  count = Enum.reduce(1..100, 0, fn _, acc -> receive do {:EXIT, _, :ping} -> acc + 1 end end)
  send(parent, {:signals, count})
end)
receive do :trapping -> :ok end
for _ <- 1..100, do: spawn(fn -> Process.exit(target, :ping) end)
receive do
  {:signals, c} -> IO.inspect(c, label: "signals")
after
  10_000 -> IO.puts("signals: missing")
end

# CHECK: downs: %{killed: 150, normal: 150}
# CHECK-NEXT: late monitor: :noproc
# CHECK-NEXT: stray downs: 0
# CHECK-NEXT: exits: %{boom: 67, bye: 66, normal: 67}
# CHECK-NEXT: cascade: :killed
# CHECK-NEXT: signals: 100
