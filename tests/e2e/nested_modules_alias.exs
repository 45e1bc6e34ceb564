# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Nested modules get an alias in their parent; alias ... as: works.
defmodule Outer do
  defmodule Inner do
    def name, do: __MODULE__
  end
  def call, do: Inner.name()
end
alias Outer.Inner, as: I
IO.inspect(Outer.call())
IO.inspect(I.name())

# CHECK: Outer.Inner
# CHECK-NEXT: Outer.Inner
