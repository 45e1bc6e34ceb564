# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: the struct has no :email field.
defmodule User do
  defstruct [:name, :age]
end

defmodule Users do
  def build(name), do: %User{name: name, email: "#{name}@example.com"}
end

IO.puts("building")
IO.inspect(Users.build("ann"))
