# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Map.from_struct/1 accepts a struct or a struct module.
defmodule User do
  defstruct name: "john", age: 27
end

defmodule Main do
  def run do
    IO.inspect Map.from_struct(%User{})
    IO.inspect Map.from_struct(User)
    IO.inspect Map.from_struct(%User{name: "ann"}) |> Map.keys()
    IO.inspect Map.from_struct(1..2)
  end
end

Main.run()
# CHECK: %{age: 27, name: "john"}
# CHECK-NEXT: %{age: 27, name: "john"}
# CHECK-NEXT: [:age, :name]
# CHECK-NEXT: %{first: 1, last: 2, step: 1}
