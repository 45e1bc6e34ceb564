defmodule Foo do
  @moduledoc false
  alias Foo.Bar, as: B
  import Enum, only: [map: 2]
  require Logger
  @x 1
  def f(a), do: a
  defp g(x) when is_integer(x) do
    x * @x
  end
end
