# RUN: %athanor run %s | FileCheck --match-full-lines %s
errs = [
  %RuntimeError{message: "boom"},
  %ArgumentError{message: "bad"},
  %KeyError{key: :k, term: %{a: 1}},
  %MatchError{term: {:error, :x}},
  %CaseClauseError{term: 5},
  %FunctionClauseError{module: M, function: :f, arity: 1},
  %ArithmeticError{},
  %Protocol.UndefinedError{protocol: Enumerable, value: 1},
  %UndefinedFunctionError{module: M, function: :g, arity: 0},
  %BadMapError{term: :x},
  %BadBooleanError{term: 1, operator: :and},
  %Enum.EmptyError{},
  %Enum.OutOfBoundsError{}
]
defmodule Show do
  def all(errs) do
    for e <- errs do
      IO.inspect(e)
      IO.puts("  message: " <> Exception.message(e))
    end
  end
end
Show.all(errs)
IO.inspect(errs |> Enum.map(& &1.__struct__))
IO.inspect(Enum.map(errs, &is_exception/1) |> Enum.all?())
IO.inspect(try(do: raise(%KeyError{key: :z}), rescue: (e -> e)))
IO.inspect(try(do: raise(ArgumentError), rescue: (e -> e)))
IO.inspect(try(do: raise(RuntimeError), rescue: (e -> e)))
IO.inspect(try(do: raise(KeyError), rescue: (e -> Exception.message(e))))
IO.inspect(try(do: raise(ErlangError, original: :x), rescue: (e -> e)))

# CHECK: %RuntimeError{message: "boom"}
# CHECK-NEXT:   message: boom
# CHECK-NEXT: %ArgumentError{message: "bad"}
# CHECK-NEXT:   message: bad
# CHECK-NEXT: %KeyError{key: :k, term: %{a: 1}, message: nil}
# CHECK-NEXT:   message: key :k not found in: %{a: 1}
# CHECK-NEXT: %MatchError{term: {:error, :x}}
# CHECK-NEXT:   message: no match of right hand side value: {:error, :x}
# CHECK-NEXT: %CaseClauseError{term: 5}
# CHECK-NEXT:   message: no case clause matching: 5
# CHECK-NEXT: %FunctionClauseError{
# CHECK-NEXT:   module: M,
# CHECK-NEXT:   function: :f,
# CHECK-NEXT:   arity: 1,
# CHECK-NEXT:   kind: nil,
# CHECK-NEXT:   args: nil,
# CHECK-NEXT:   clauses: nil
# CHECK-NEXT: }
# CHECK-NEXT:   message: no function clause matching in M.f/1
# CHECK-NEXT: %ArithmeticError{message: "bad argument in arithmetic expression"}
# CHECK-NEXT:   message: bad argument in arithmetic expression
# CHECK-NEXT: %Protocol.UndefinedError{protocol: Enumerable, value: 1, description: ""}
# CHECK-NEXT:   message: protocol Enumerable not implemented for 1 of type Integer
# CHECK-NEXT: %UndefinedFunctionError{
# CHECK-NEXT:   module: M,
# CHECK-NEXT:   function: :g,
# CHECK-NEXT:   arity: 0,
# CHECK-NEXT:   reason: nil,
# CHECK-NEXT:   message: nil
# CHECK-NEXT: }
# CHECK-NEXT:   message: function M.g/0 is undefined (module M is not available)
# CHECK-NEXT: %BadMapError{term: :x}
# CHECK-NEXT:   message: expected a map, got: :x
# CHECK-NEXT: %BadBooleanError{term: 1, operator: :and}
# CHECK-NEXT:   message: expected a boolean on left-side of "and", got: 1
# CHECK-NEXT: %Enum.EmptyError{message: "empty error"}
# CHECK-NEXT:   message: empty error
# CHECK-NEXT: %Enum.OutOfBoundsError{message: "out of bounds error"}
# CHECK-NEXT:   message: out of bounds error
# CHECK-NEXT: [RuntimeError, ArgumentError, KeyError, MatchError, CaseClauseError,
# CHECK-NEXT:  FunctionClauseError, ArithmeticError, Protocol.UndefinedError,
# CHECK-NEXT:  UndefinedFunctionError, BadMapError, BadBooleanError, Enum.EmptyError,
# CHECK-NEXT:  Enum.OutOfBoundsError]
# CHECK-NEXT: true
# CHECK-NEXT: %KeyError{key: :z, term: nil, message: nil}
# CHECK-NEXT: %ArgumentError{message: "argument error"}
# CHECK-NEXT: %RuntimeError{message: "runtime error"}
# CHECK-NEXT: "key nil not found"
# CHECK-NEXT: %ErlangError{original: :x, reason: nil}
