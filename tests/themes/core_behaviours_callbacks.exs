# RUN: %athanor run %s | FileCheck --match-full-lines %s
defmodule Plugin do
  @callback name() :: String.t()
  @callback run(term) :: {:ok, term} | {:error, term}
  @optional_callbacks [name: 0]
end
defmodule Upcase do
  @behaviour Plugin
  @impl Plugin
  def name, do: "upcase"
  @impl true
  def run(s) when is_binary(s), do: {:ok, String.upcase(s)}
  def run(_), do: {:error, :not_a_string}
end
defmodule Rev do
  @behaviour Plugin
  @impl Plugin
  def run(s), do: {:ok, String.reverse(s)}
end
for p <- [Upcase, Rev] do
  IO.inspect({p, function_exported?(p, :name, 0), p.run("abc")})
end
IO.inspect(Upcase.run(1))

# CHECK: {Upcase, true, {:ok, "ABC"}}
# CHECK-NEXT: {Rev, false, {:ok, "cba"}}
# CHECK-NEXT: {:error, :not_a_string}
