defmodule Outer do
  defmodule Inner do
    def name, do: __MODULE__
  end
  def call, do: Inner.name()
end
alias Outer.Inner, as: I
IO.inspect(Outer.call())
IO.inspect(I.name())
