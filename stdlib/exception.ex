# Exception and Elixir's built-in exception structs. Messages of the built-in exceptions
# are computed by the runtime (runtime/format/Exceptions.cpp, exactly as Elixir 1.14 words
# them), so each message/1 here delegates to :athanor.exception_message/1.
defmodule Exception do
  def message(%{__struct__: module, __exception__: true} = exception) do
    module.message(exception)
  end

  def format_banner(kind, reason, stacktrace \\ [])

  # The message comes from the exception's own message/1, so a user exception's
  # overriding message/1 is used (the runtime alone knows only the built-in messages).
  def format_banner(:error, reason, stacktrace) do
    exception = normalize(:error, reason, stacktrace)
    "** (" <> inspect(exception.__struct__) <> ") " <> message(exception)
  end

  def format_banner(kind, reason, stacktrace),
    do: :athanor.format_banner(kind, reason, stacktrace)

  def format_exit(reason), do: :athanor.format_exit(reason)

  def normalize(kind, reason, stacktrace \\ [])
  def normalize(:error, reason, stacktrace), do: :athanor.normalize_error(reason, stacktrace)
  def normalize(_kind, reason, _stacktrace), do: reason

  def exception?(%{__exception__: true}), do: true
  def exception?(_), do: false

  def format(kind, reason, stacktrace \\ []) do
    format_banner(kind, reason, stacktrace)
  end
end

defmodule RuntimeError do
  defexception message: "runtime error"
end

defmodule ArgumentError do
  defexception message: "argument error"
end

defmodule ArithmeticError do
  defexception message: "bad argument in arithmetic expression"
end

defmodule SystemLimitError do
  defexception message: "a system limit has been reached"
end

defmodule MatchError do
  defexception [:term]
  def message(e), do: :athanor.exception_message(e)
end

defmodule CaseClauseError do
  defexception [:term]
  def message(e), do: :athanor.exception_message(e)
end

defmodule CondClauseError do
  defexception []
  def message(e), do: :athanor.exception_message(e)
end

defmodule WithClauseError do
  defexception [:term]
  def message(e), do: :athanor.exception_message(e)
end

defmodule TryClauseError do
  defexception [:term]
  def message(e), do: :athanor.exception_message(e)
end

defmodule FunctionClauseError do
  defexception [:module, :function, :arity, :kind, :args, :clauses]
  def message(e), do: :athanor.exception_message(e)
end

defmodule BadMapError do
  defexception [:term]
  def message(e), do: :athanor.exception_message(e)
end

defmodule BadBooleanError do
  defexception [:term, :operator]
  def message(e), do: :athanor.exception_message(e)
end

defmodule BadStructError do
  defexception [:struct, :term]
  def message(e), do: :athanor.exception_message(e)
end

defmodule KeyError do
  defexception [:key, :term, :message]
  def message(e), do: :athanor.exception_message(e)
end

defmodule BadArityError do
  defexception [:function, :args]
  def message(e), do: :athanor.exception_message(e)
end

defmodule BadFunctionError do
  defexception [:term]
  def message(e), do: :athanor.exception_message(e)
end

defmodule UndefinedFunctionError do
  defexception [:module, :function, :arity, :reason, :message]
  def message(e), do: :athanor.exception_message(e)
end

defmodule ErlangError do
  defexception [:original, :reason]
  def message(e), do: :athanor.exception_message(e)
end

defmodule Protocol.UndefinedError do
  defexception [:protocol, :value, description: ""]
  def message(e), do: :athanor.exception_message(e)
end

defmodule UnicodeConversionError do
  defexception [:encoded, :message]
end

defmodule Enum.EmptyError do
  defexception message: "empty error"
end

defmodule Enum.OutOfBoundsError do
  defexception message: "out of bounds error"
end
