# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: FileCheck --match-full-lines --input-file %t.out %s
defmodule App.Error do
  defexception [:code, :detail, message: "application error"]
  @impl true
  def exception(opts) do
    code = Keyword.get(opts, :code, 500)
    detail = Keyword.get(opts, :detail)
    msg = if detail, do: "[#{code}] #{detail}", else: "[#{code}] application error"
    %__MODULE__{code: code, detail: detail, message: msg}
  end
end
defmodule App.NotFound do
  defexception [:resource]
  @impl true
  def message(%{resource: r}), do: "#{r} not found"
end
defmodule App.Timeout do
  defexception message: "operation timed out", after_ms: 0
end
defmodule Handler do
  def call(fun) do
    fun.()
  rescue
    e in App.NotFound -> {404, Exception.message(e)}
    e in App.Error -> {e.code, e.message}
    e in [App.Timeout] -> {504, "#{e.message} after #{e.after_ms}ms"}
    e in [ArgumentError, FunctionClauseError] -> {400, e.__struct__ |> inspect()}
    e -> {500, "unexpected: " <> Exception.message(e)}
  end
end
IO.inspect(Handler.call(fn -> raise App.NotFound, resource: "user 7" end))
IO.inspect(Handler.call(fn -> raise App.Error, code: 422, detail: "bad input" end))
IO.inspect(Handler.call(fn -> raise App.Error end))
IO.inspect(Handler.call(fn -> raise App.Timeout, after_ms: 250 end))
IO.inspect(Handler.call(fn -> raise App.Timeout end))
IO.inspect(Handler.call(fn -> String.to_integer("zz") end))
IO.inspect(Handler.call(fn -> Handler.call(:not_a_fun) end))
IO.inspect(Handler.call(fn -> raise "plain" end))
IO.inspect(Handler.call(fn -> :no_error end))
IO.inspect(App.Error.exception(code: 1))
IO.inspect(App.NotFound.exception(resource: "x") |> Exception.message())
e = App.Timeout.exception(after_ms: 5)
IO.inspect({e.message, is_exception(e), is_exception(e, App.Timeout), is_exception(e, App.Error)})
IO.inspect(Exception.message(App.NotFound.exception(resource: "page")))
IO.puts("raising uncaught custom exception")
raise App.Error, code: 503, detail: "service unavailable"

# CHECK: {404, "user 7 not found"}
# CHECK-NEXT: {422, "[422] bad input"}
# CHECK-NEXT: {500, "[500] application error"}
# CHECK-NEXT: {504, "operation timed out after 250ms"}
# CHECK-NEXT: {504, "operation timed out after 0ms"}
# CHECK-NEXT: {400, "ArgumentError"}
# CHECK-NEXT: {500, "unexpected: expected a function, got: :not_a_fun"}
# CHECK-NEXT: {500, "unexpected: plain"}
# CHECK-NEXT: :no_error
# CHECK-NEXT: %App.Error{code: 1, detail: nil, message: "[1] application error"}
# CHECK-NEXT: "x not found"
# CHECK-NEXT: {"operation timed out", true, true, false}
# CHECK-NEXT: "page not found"
# CHECK-NEXT: raising uncaught custom exception
