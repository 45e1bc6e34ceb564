# Small modules programs reach for: String.Chars, Node (this node only), Code (loading),
# Module (alias names).

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

defmodule Module do
  def split(module) when is_atom(module), do: split(:erlang.atom_to_binary(module), module)
  def split("Elixir." <> name), do: String.split(name, ".")

  defp split("Elixir." <> name, _module), do: String.split(name, ".")

  defp split(_name, module) do
    raise ArgumentError, "expected an Elixir module, got: " <> inspect(module)
  end

  def concat(left, right), do: concat([left, right])

  def concat(aliases) when is_list(aliases) do
    parts =
      for alias <- aliases, alias != nil do
        case alias do
          atom when is_atom(atom) ->
            case :erlang.atom_to_binary(atom) do
              "Elixir." <> rest -> rest
              "Elixir" -> nil
              other -> other
            end

          binary when is_binary(binary) ->
            case binary do
              "Elixir." <> rest -> rest
              other -> other
            end
        end
      end

    case Enum.reject(parts, &is_nil/1) do
      [] -> :"Elixir"
      list -> :erlang.binary_to_atom("Elixir." <> Enum.join(list, "."))
    end
  end

  def safe_concat(left, right), do: safe_concat([left, right])

  def safe_concat(aliases) when is_list(aliases) do
    module = concat(aliases)

    if :athanor.module_exists(module) do
      module
    else
      raise ArgumentError, "argument error"
    end
  end
end
