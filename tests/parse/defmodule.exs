# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# defmodule with def, defp, attributes, alias, import, require.
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
# CHECK: {:defmodule, [], [{:__aliases__, [], [:Foo]}, [do: {:__block__, [], [{:@, [], [{:moduledoc, [], [false]}]}, {:alias, [], [{:__aliases__, [], [:Foo, :Bar]}, [as: {:__aliases__, [], [:B]}]]}, {:import, [], [{:__aliases__, [], [:Enum]}, [only: [map: 2]]]}, {:require, [], [{:__aliases__, [], [:Logger]}]}, {:@, [], [{:x, [], [1]}]}, {:def, [], [{:f, [], [{:a, [], nil}]}, [do: {:a, [], nil}]]}, {:defp, [], [{:when, [], [{:g, [], [{:x, [], nil}]}, {:is_integer, [], [{:x, [], nil}]}]}, [do: {:*, [], [{:x, [], nil}, {:@, [], [{:x, [], nil}]}]}]]}]}]]}
