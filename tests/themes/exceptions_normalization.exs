# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule N do
  def show(fun) do
    try do
      fun.()
    rescue
      e -> IO.puts("#{inspect(e.__struct__)} | #{Exception.message(e)} | #{inspect(e)}")
    end
  end
  def implicit(x) do
    100 / x
  rescue
    ArithmeticError -> :div_by_zero
  else
    v -> {:ok, v}
  after
    IO.puts("implicit after #{x}")
  end
  def implicit_catch(v) do
    throw(v)
  catch
    :throw, {:tag, t} -> {:tagged, t}
    other -> {:other, other}
  end
end

N.show(fn -> :erlang.error(:foo) end)
N.show(fn -> :erlang.error({:foo, 1}) end)
N.show(fn -> :erlang.error(:badarg) end)
N.show(fn -> :erlang.error(:badarith) end)
N.show(fn -> :erlang.error({:badmatch, 3}) end)
N.show(fn -> :erlang.error({:case_clause, 3}) end)
N.show(fn -> :erlang.error({:badkey, :k}) end)
N.show(fn -> :erlang.error({:badkey, :k, %{a: 1}}) end)
N.show(fn -> :erlang.error({:badfun, 3}) end)
N.show(fn -> :erlang.error({:badarity, {fn -> 1 end, [1]}}) |> then(fn _ -> :unreached end) end |> then(fn f -> fn -> try do f.() rescue e in BadArityError -> raise ArgumentError, "badarity seen" end end end))
N.show(fn -> :erlang.error(:system_limit) end)
N.show(fn -> :erlang.error({:try_clause, 1}) end)
N.show(fn -> :erlang.error(:cond_clause) end)
N.show(fn -> :erlang.error({:with_clause, 2}) end)
N.show(fn -> :erlang.error("a string reason") end)
N.show(fn -> raise ErlangError, original: :custom end)
N.show(fn -> try do :ok rescue _ -> :x else :nomatch -> 1 end end)
N.show(fn -> with {:ok, v} <- {:bad, 1} do v else {:other, _} -> 0 end end)
N.show(fn -> raise %{__struct__: NotAnException} end |> then(fn f -> fn -> try do f.() rescue e -> raise ArgumentError, inspect(e.__struct__) end end end))
IO.inspect(N.implicit(4))
IO.inspect(N.implicit(0))
IO.inspect(N.implicit_catch({:tag, 1}))
IO.inspect(N.implicit_catch(:plain))
r = try do
  raise ArgumentError
rescue
  e in [KeyError, ArgumentError] -> {:multi, e.message}
end
IO.inspect(r)
r2 = try do
  Map.fetch!(%{}, :x)
rescue
  [ArgumentError, KeyError] -> :bare_list
end
IO.inspect(r2)
r3 = try do
  raise "x"
rescue
  e in RuntimeError -> try do raise e rescue e2 -> {:reraised_same, e2 == e} end
end
IO.inspect(r3)
r4 = try do
  try do
    throw(:inner)
  after
    IO.puts("after before catch")
  end
catch
  :inner -> :caught_inner
end
IO.inspect(r4)
r5 = try do
  exit(:x)
rescue
  _ -> :rescued
catch
  :exit, :x -> :exit_caught_not_rescued
end
IO.inspect(r5)
IO.inspect(Exception.message(%ErlangError{original: :zzz}))
IO.inspect(Exception.format(:error, %RuntimeError{message: "m"}, []))
IO.inspect(Exception.format(:throw, :ball, []))
IO.inspect(Exception.format(:exit, :bye, []))
IO.inspect(Exception.format_banner(:error, :badarg, []))
IO.inspect(Exception.normalize(:error, :badarg, []))
IO.inspect(Exception.normalize(:error, {:badkey, :a}, []))

# CHECK: ErlangError | Erlang error: :foo | %ErlangError{original: :foo, reason: nil}
# CHECK-NEXT: ErlangError | Erlang error: {:foo, 1} | %ErlangError{original: {:foo, 1}, reason: nil}
# CHECK-NEXT: ArgumentError | argument error | %ArgumentError{message: "argument error"}
# CHECK-NEXT: ArithmeticError | bad argument in arithmetic expression | %ArithmeticError{message: "bad argument in arithmetic expression"}
# CHECK-NEXT: MatchError | no match of right hand side value: 3 | %MatchError{term: 3}
# CHECK-NEXT: CaseClauseError | no case clause matching: 3 | %CaseClauseError{term: 3}
# CHECK-NEXT: KeyError | key :k not found | %KeyError{key: :k, term: nil, message: nil}
# CHECK-NEXT: KeyError | key :k not found in: %{a: 1} | %KeyError{key: :k, term: %{a: 1}, message: nil}
# CHECK-NEXT: BadFunctionError | expected a function, got: 3 | %BadFunctionError{term: 3}
# CHECK-NEXT: ArgumentError | badarity seen | %ArgumentError{message: "badarity seen"}
# CHECK-NEXT: SystemLimitError | a system limit has been reached | %SystemLimitError{message: "a system limit has been reached"}
# CHECK-NEXT: TryClauseError | no try clause matching: 1 | %TryClauseError{term: 1}
# CHECK-NEXT: CondClauseError | no cond clause evaluated to a truthy value | %CondClauseError{}
# CHECK-NEXT: WithClauseError | no with clause matching: 2 | %WithClauseError{term: 2}
# CHECK-NEXT: ErlangError | Erlang error: "a string reason" | %ErlangError{original: "a string reason", reason: nil}
# CHECK-NEXT: ErlangError | Erlang error: :custom | %ErlangError{original: :custom, reason: nil}
# CHECK-NEXT: TryClauseError | no try clause matching: :ok | %TryClauseError{term: :ok}
# CHECK-NEXT: WithClauseError | no with clause matching: {:bad, 1} | %WithClauseError{term: {:bad, 1}}
# CHECK-NEXT: ArgumentError | ArgumentError | %ArgumentError{message: "ArgumentError"}
# CHECK-NEXT: implicit after 4
# CHECK-NEXT: {:ok, 25.0}
# CHECK-NEXT: implicit after 0
# CHECK-NEXT: :div_by_zero
# CHECK-NEXT: {:tagged, 1}
# CHECK-NEXT: {:other, :plain}
# CHECK-NEXT: {:multi, "argument error"}
# CHECK-NEXT: :bare_list
# CHECK-NEXT: {:reraised_same, true}
# CHECK-NEXT: after before catch
# CHECK-NEXT: :caught_inner
# CHECK-NEXT: :exit_caught_not_rescued
# CHECK-NEXT: "Erlang error: :zzz"
# CHECK-NEXT: "** (RuntimeError) m"
# CHECK-NEXT: "** (throw) :ball"
# CHECK-NEXT: "** (exit) :bye"
# CHECK-NEXT: "** (ArgumentError) argument error"
# CHECK-NEXT: %ArgumentError{message: "argument error"}
# CHECK-NEXT: %KeyError{key: :a, term: nil, message: nil}
