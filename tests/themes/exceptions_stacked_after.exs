# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
defmodule Tx do
  def with_log(label, fun) do
    IO.puts("begin #{label}")
    try do
      result = fun.()
      IO.puts("commit #{label}")
      result
    rescue
      e ->
        IO.puts("rollback #{label}: #{Exception.message(e)}")
        reraise e, __STACKTRACE__
    after
      IO.puts("end #{label}")
    end
  end
end
r = try do
  Tx.with_log("outer", fn ->
    Tx.with_log("inner", fn -> :inner_ok end)
    Tx.with_log("failing", fn -> raise "disk full" end)
    :unreachable
  end)
rescue
  e -> {:caught_at_top, e.message}
end
IO.inspect(r)
IO.inspect(Tx.with_log("simple", fn -> 1 + 1 end))
r2 = try do
  Tx.with_log("throwing", fn -> throw(:stop) end)
catch
  :stop -> :thrown_through
end
IO.inspect(r2)
r3 = try do
  Tx.with_log("exiting", fn -> exit(:quit) end)
catch
  :exit, :quit -> :exit_through
end
IO.inspect(r3)
IO.puts("final uncaught")
Tx.with_log("last", fn -> Map.fetch!(%{}, :missing) end)

# CHECK: begin outer
# CHECK-NEXT: begin inner
# CHECK-NEXT: commit inner
# CHECK-NEXT: end inner
# CHECK-NEXT: begin failing
# CHECK-NEXT: rollback failing: disk full
# CHECK-NEXT: end failing
# CHECK-NEXT: rollback outer: disk full
# CHECK-NEXT: end outer
# CHECK-NEXT: {:caught_at_top, "disk full"}
# CHECK-NEXT: begin simple
# CHECK-NEXT: commit simple
# CHECK-NEXT: end simple
# CHECK-NEXT: 2
# CHECK-NEXT: begin throwing
# CHECK-NEXT: end throwing
# CHECK-NEXT: :thrown_through
# CHECK-NEXT: begin exiting
# CHECK-NEXT: end exiting
# CHECK-NEXT: :exit_through
# CHECK-NEXT: final uncaught
# CHECK-NEXT: begin last
# CHECK-NEXT: rollback last: key :missing not found in: %{}
# CHECK-NEXT: end last
