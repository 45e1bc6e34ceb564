# Small modules programs reach for: String.Chars, Node (this node only), Code (loading).

defmodule String.Chars do
  def to_string(term), do: :athanor.to_string(term)
end

defmodule List.Chars do
  def to_charlist(term), do: Kernel.to_charlist(term)
end

defmodule Node do
  def self(), do: :erlang.node()
  def alive?(), do: false
  def list(), do: []
  def list(_args), do: []
  def ping(_node), do: :pang
end

defmodule Code do
  def ensure_loaded?(module) when is_atom(module), do: :athanor.module_exists(module)

  def ensure_loaded(module) when is_atom(module) do
    if :athanor.module_exists(module), do: {:module, module}, else: {:error, :nofile}
  end

  def ensure_compiled(module) when is_atom(module) do
    if :athanor.module_exists(module), do: {:module, module}, else: {:error, :nofile}
  end

  def ensure_compiled!(module) when is_atom(module) do
    if :athanor.module_exists(module) do
      module
    else
      raise ArgumentError,
            "could not load module #{inspect(module)} due to reason :nofile"
    end
  end
end
