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

  def to_charlist(term) when :erlang.is_list(term), do: term
  def to_charlist(term), do: String.to_charlist(to_string(term))

  def struct(module_or_struct, fields \\ [])

  def struct(module, fields) when :erlang.is_atom(module), do: struct(module.__struct__(), fields)

  def struct(%{} = struct, fields) do
    Enum.reduce(fields, struct, fn {key, value}, acc ->
      case :maps.is_key(key, acc) do
        true when :erlang."/="(key, :__struct__) -> :maps.put(key, value, acc)
        _ -> acc
      end
    end)
  end

  def struct!(module_or_struct, fields \\ [])

  # Built from the module: an unknown key raises KeyError without a term, like the
  # __struct__/1 Elixir generates.
  def struct!(module, fields) when :erlang.is_atom(module) do
    check_enforced_keys(module, fields)
    put_struct_fields(module.__struct__(), fields, nil)
  end

  # @enforce_keys: the compiler may define __enforce_keys__/0 on struct modules.
  defp check_enforced_keys(module, fields) do
    if :erlang.function_exported(module, :__enforce_keys__, 0) do
      given = Enum.map(fields, fn {key, _} -> key end)

      case Enum.reject(module.__enforce_keys__(), fn key -> :lists.member(key, given) end) do
        [] ->
          :ok

        missing ->
          raise ArgumentError,
                "the following keys must also be given when building struct " <>
                  inspect(module) <> ": " <> inspect(missing)
      end
    end
  end

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
  def __exception_for_raise__(message) when :erlang.is_binary(message), do: RuntimeError.exception(message)
  def __exception_for_raise__(module) when :erlang.is_atom(module), do: module.exception([])

  def __exception_for_raise__(other) do
    ArgumentError.exception(
      "raise/1 and reraise/2 expect a module name, string or exception as the first argument, got: #{inspect(other)}"
    )
  end

  # ---- nested access (the function forms; data.a[:b] paths are lowered by the compiler) ----

  def get_in(nil, [_ | _]), do: nil
  def get_in(data, [h]) when :erlang.is_function(h), do: h.(:get, data, fn x -> x end)
  def get_in(data, [h | t]) when :erlang.is_function(h), do: h.(:get, data, fn x -> get_in(x, t) end)
  def get_in(data, [h]), do: Access.get(data, h)
  def get_in(data, [h | t]), do: get_in(Access.get(data, h), t)

  def put_in(data, [_ | _] = keys, value) do
    elem(get_and_update_in(data, keys, fn _ -> {nil, value} end), 1)
  end

  def update_in(data, [_ | _] = keys, fun) when :erlang.is_function(fun, 1) do
    elem(get_and_update_in(data, keys, fn x -> {nil, fun.(x)} end), 1)
  end

  def get_and_update_in(data, [h], fun) when :erlang.is_function(h, 3),
    do: h.(:get_and_update, data, fun)

  def get_and_update_in(data, [h | t], fun) when :erlang.is_function(h, 3),
    do: h.(:get_and_update, data, fn x -> get_and_update_in(x, t, fun) end)

  def get_and_update_in(data, [h], fun) when :erlang.is_function(fun, 1),
    do: Access.get_and_update(data, h, fun)

  def get_and_update_in(data, [h | t], fun) when :erlang.is_function(fun, 1),
    do: Access.get_and_update(data, h, fn x -> get_and_update_in(x, t, fun) end)

  def pop_in(nil, [key | _]) do
    raise ArgumentError, "could not pop key #{inspect(key)} on a nil value"
  end

  def pop_in(data, [_ | _] = keys), do: pop_in_data(data, keys)

  defp pop_in_data(nil, [_ | _]), do: :pop

  defp pop_in_data(data, [fun]) when :erlang.is_function(fun),
    do: fun.(:get_and_update, data, fn _ -> :pop end)

  defp pop_in_data(data, [fun | t]) when :erlang.is_function(fun),
    do: fun.(:get_and_update, data, fn x -> pop_in_data(x, t) end)

  defp pop_in_data(data, [key]), do: Access.pop(data, key)

  defp pop_in_data(data, [key | t]),
    do: Access.get_and_update(data, key, fn x -> pop_in_data(x, t) end)

  def binding(), do: []

  # ---- the inlined operators and guards as real functions, for apply/3 and captures such
  # as &Kernel.+/2 (direct calls are still compiled inline). Inside this module these names
  # resolve to the local definitions, so guards here use the :erlang forms. ----

  def left + right, do: :erlang.+(left, right)
  def left - right, do: :erlang.-(left, right)
  def left * right, do: :erlang.*(left, right)
  def left / right, do: :erlang./(left, right)
  def +value, do: :erlang.+(value)
  def -value, do: :erlang.-(value)
  def left == right, do: :erlang.==(left, right)
  def left != right, do: :erlang."/="(left, right)
  def left === right, do: :erlang."=:="(left, right)
  def left !== right, do: :erlang."=/="(left, right)
  def left < right, do: :erlang.<(left, right)
  def left > right, do: :erlang.>(left, right)
  def left <= right, do: :erlang."=<"(left, right)
  def left >= right, do: :erlang.>=(left, right)
  def left ++ right, do: :erlang.++(left, right)
  def left -- right, do: :erlang.--(left, right)
  def left =~ right when :erlang.is_binary(right), do: String.contains?(left, right)
  def left =~ right when :erlang.is_binary(left) and :erlang.is_map(right), do: Regex.match?(right, left)
  def abs(number), do: :erlang.abs(number)
  def div(dividend, divisor), do: :erlang.div(dividend, divisor)
  def rem(dividend, divisor), do: :erlang.rem(dividend, divisor)
  def max(first, second), do: :erlang.max(first, second)
  def min(first, second), do: :erlang.min(first, second)
  def round(number), do: :erlang.round(number)
  def trunc(number), do: :erlang.trunc(number)
  def floor(number), do: :erlang.floor(number)
  def ceil(number), do: :erlang.ceil(number)
  def hd(list), do: :erlang.hd(list)
  def tl(list), do: :erlang.tl(list)
  def elem(tuple, index), do: :erlang.element(:erlang.+(index, 1), tuple)
  def put_elem(tuple, index, value), do: :erlang.setelement(:erlang.+(index, 1), tuple, value)
  def length(list), do: :erlang.length(list)
  def map_size(map), do: :erlang.map_size(map)
  def tuple_size(tuple), do: :erlang.tuple_size(tuple)
  def byte_size(bitstring), do: :erlang.byte_size(bitstring)
  def bit_size(bitstring), do: :erlang.bit_size(bitstring)
  def binary_part(binary, start, size), do: :erlang.binary_part(binary, start, size)
  def not value, do: :erlang.not(value)
  def is_atom(term), do: :erlang.is_atom(term)
  def is_binary(term), do: :erlang.is_binary(term)
  def is_bitstring(term), do: :erlang.is_bitstring(term)
  def is_boolean(term), do: :erlang.is_boolean(term)
  def is_float(term), do: :erlang.is_float(term)
  def is_function(term), do: :erlang.is_function(term)
  def is_function(term, arity), do: :erlang.is_function(term, arity)
  def is_integer(term), do: :erlang.is_integer(term)
  def is_list(term), do: :erlang.is_list(term)
  def is_map(term), do: :erlang.is_map(term)
  def is_map_key(map, key), do: :erlang.is_map_key(key, map)
  def is_number(term), do: :erlang.is_number(term)
  def is_pid(term), do: :erlang.is_pid(term)
  def is_port(term), do: :erlang.is_port(term)
  def is_reference(term), do: :erlang.is_reference(term)
  def is_tuple(term), do: :erlang.is_tuple(term)
  def node(), do: :erlang.node()
  def node(arg), do: :erlang.node(arg)
  def self(), do: :erlang.self()
  def make_ref(), do: :erlang.make_ref()
  def send(dest, message), do: :erlang.send(dest, message)
  def spawn(fun), do: :erlang.spawn(fun)
  def spawn(module, fun, args), do: :erlang.spawn(module, fun, args)
  def spawn_link(fun), do: :erlang.spawn_link(fun)
  def spawn_link(module, fun, args), do: :erlang.spawn_link(module, fun, args)
  def spawn_monitor(fun), do: :erlang.spawn_monitor(fun)
  def spawn_monitor(module, fun, args), do: :erlang.spawn_monitor(module, fun, args)
  def throw(term), do: :erlang.throw(term)
  def exit(reason), do: :erlang.exit(reason)
  def function_exported?(module, function, arity), do: :erlang.function_exported(module, function, arity)

  # No macros exist at run time.
  def macro_exported?(module, macro, arity)
      when :erlang.is_atom(module) and :erlang.is_atom(macro) and :erlang.is_integer(arity) and
             :erlang.>=(arity, 0),
      do: false

  # ---- binary_slice (bytes, like String.slice on graphemes) ----

  def binary_slice(binary, start, size)
      when :erlang.is_binary(binary) and :erlang.is_integer(start) and :erlang.is_integer(size) and
             :erlang.>=(size, 0) do
    total = byte_size(binary)
    start = if start < 0, do: :erlang.max(total + start, 0), else: start

    if start < total,
      do: :erlang.binary_part(binary, start, :erlang.min(size, total - start)),
      else: ""
  end

  def binary_slice(binary, %{__struct__: Range, first: first, last: last, step: step} = range)
      when :erlang.is_binary(binary) do
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
