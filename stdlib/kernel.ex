# Kernel: the functions of Kernel that the compiler does not inline. Operators, guards and
# most of Kernel are compiler intrinsics or :erlang BIFs (compiler/core/LowerCall.cpp);
# what needs real code lives here.
defmodule Kernel do
  def inspect(term, opts \\ []), do: :athanor.inspect(term, opts)

  def then(value, fun), do: fun.(value)

  def tap(value, fun) do
    fun.(value)
    value
  end

  def to_charlist(term) when is_list(term), do: term
  def to_charlist(term), do: String.to_charlist(to_string(term))

  def struct(module_or_struct, fields \\ [])

  def struct(module, fields) when is_atom(module), do: struct(module.__struct__(), fields)

  def struct(%{} = struct, fields) do
    Enum.reduce(fields, struct, fn {key, value}, acc ->
      case :maps.is_key(key, acc) do
        true when key != :__struct__ -> :maps.put(key, value, acc)
        _ -> acc
      end
    end)
  end

  def struct!(module_or_struct, fields \\ [])

  # Built from the module: an unknown key raises KeyError without a term, like the
  # __struct__/1 Elixir generates.
  def struct!(module, fields) when is_atom(module),
    do: put_struct_fields(module.__struct__(), fields, nil)

  def struct!(%{__struct__: _} = struct, fields), do: put_struct_fields(struct, fields, struct)

  defp put_struct_fields(struct, fields, term) do
    Enum.reduce(fields, struct, fn
      {:__struct__, _}, acc ->
        acc

      {key, value}, acc ->
        case :maps.is_key(key, acc) do
          true -> :maps.put(key, value, acc)
          false -> raise KeyError, key: key, term: term
        end
    end)
  end

  # The value `raise x` raises when x is not known at compile time.
  def __exception_for_raise__(%{__exception__: true} = exception), do: exception
  def __exception_for_raise__(message) when is_binary(message), do: RuntimeError.exception(message)
  def __exception_for_raise__(module) when is_atom(module), do: module.exception([])

  def __exception_for_raise__(other) do
    ArgumentError.exception(
      "raise/1 and reraise/2 expect a module name, string or exception as the first argument, got: #{inspect(other)}"
    )
  end

  # ---- nested access (the function forms; data.a[:b] paths are lowered by the compiler) ----

  def get_in(nil, [_ | _]), do: nil
  def get_in(data, [h]) when is_function(h), do: h.(:get, data, fn x -> x end)
  def get_in(data, [h | t]) when is_function(h), do: h.(:get, data, fn x -> get_in(x, t) end)
  def get_in(data, [h]), do: Access.get(data, h)
  def get_in(data, [h | t]), do: get_in(Access.get(data, h), t)

  def put_in(data, [_ | _] = keys, value) do
    elem(get_and_update_in(data, keys, fn _ -> {nil, value} end), 1)
  end

  def update_in(data, [_ | _] = keys, fun) when is_function(fun, 1) do
    elem(get_and_update_in(data, keys, fn x -> {nil, fun.(x)} end), 1)
  end

  def get_and_update_in(data, [h], fun) when is_function(h, 3),
    do: h.(:get_and_update, data, fun)

  def get_and_update_in(data, [h | t], fun) when is_function(h, 3),
    do: h.(:get_and_update, data, fn x -> get_and_update_in(x, t, fun) end)

  def get_and_update_in(data, [h], fun) when is_function(fun, 1),
    do: Access.get_and_update(data, h, fun)

  def get_and_update_in(data, [h | t], fun) when is_function(fun, 1),
    do: Access.get_and_update(data, h, fn x -> get_and_update_in(x, t, fun) end)

  def pop_in(nil, [key | _]) do
    raise ArgumentError, "could not pop key #{inspect(key)} on a nil value"
  end

  def pop_in(data, [_ | _] = keys), do: pop_in_data(data, keys)

  defp pop_in_data(nil, [_ | _]), do: :pop

  defp pop_in_data(data, [fun]) when is_function(fun),
    do: fun.(:get_and_update, data, fn _ -> :pop end)

  defp pop_in_data(data, [fun | t]) when is_function(fun),
    do: fun.(:get_and_update, data, fn x -> pop_in_data(x, t) end)

  defp pop_in_data(data, [key]), do: Access.pop(data, key)

  defp pop_in_data(data, [key | t]),
    do: Access.get_and_update(data, key, fn x -> pop_in_data(x, t) end)

  def binding(), do: []

  # No macros exist at run time.
  def macro_exported?(module, macro, arity)
      when is_atom(module) and is_atom(macro) and is_integer(arity) and arity >= 0,
      do: false

  # ---- binary_slice (bytes, like String.slice on graphemes) ----

  def binary_slice(binary, start, size)
      when is_binary(binary) and is_integer(start) and is_integer(size) and size >= 0 do
    total = byte_size(binary)
    start = if start < 0, do: :erlang.max(total + start, 0), else: start

    if start < total,
      do: :erlang.binary_part(binary, start, :erlang.min(size, total - start)),
      else: ""
  end

  def binary_slice(binary, %{__struct__: Range, first: first, last: last, step: step} = range)
      when is_binary(binary) do
    if step < 0 do
      raise ArgumentError,
            "binary_slice/2 does not accept ranges with negative steps, got: " <> inspect(range)
    end

    total = byte_size(binary)
    first = if first < 0, do: :erlang.max(first + total, 0), else: first
    last = if last < 0, do: last + total, else: last
    amount = last - first + 1

    cond do
      first >= total or amount <= 0 ->
        ""

      step == 1 ->
        :erlang.binary_part(binary, first, :erlang.min(amount, total - first))

      true ->
        part = :erlang.binary_part(binary, first, :erlang.min(amount, total - first))
        every_nth_byte(part, step, 0, [])
    end
  end

  defp every_nth_byte(<<b, rest::binary>>, step, 0, acc),
    do: every_nth_byte(rest, step, step - 1, [b | acc])

  defp every_nth_byte(<<_, rest::binary>>, step, n, acc), do: every_nth_byte(rest, step, n - 1, acc)
  defp every_nth_byte(<<>>, _step, _n, acc), do: :erlang.list_to_binary(:lists.reverse(acc))
end
