errors = [
  fn -> 1 + :a end,
  fn -> :erlang.error(:badarg) end,
  fn -> Map.fetch!(%{}, :k) end,
  fn -> String.to_integer("x") end
]
for f <- errors do
  try do
    f.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

run = fn f ->
  try do
    f.()
  rescue
    e in ArgumentError -> {:rescued, e.message}
  catch
    :throw, v -> {:thrown, v}
    :exit, r -> {:exited, r}
  else
    v -> {:ok, v}
  after
    IO.puts("after")
  end
end
IO.inspect(run.(fn -> raise ArgumentError, "bad" end))
IO.inspect(run.(fn -> throw(:ball) end))
IO.inspect(run.(fn -> exit(:bye) end))
IO.inspect(run.(fn -> 42 end))

defmodule Guards do
  defguard is_even_pos(n) when is_integer(n) and n > 0 and rem(n, 2) == 0
  defguardp is_small(n) when n < 10

  def kind(n) when is_even_pos(n) and is_small(n), do: :small_even
  def kind(n) when is_even_pos(n), do: :even
  def kind(_), do: :other

  def direct(n), do: is_even_pos(n)
end

IO.inspect(Enum.map([2, 12, 3, -4, :a], &Guards.kind/1))
IO.inspect(Guards.direct(8))
IO.inspect(Guards.direct(7))
IO.inspect(Guards.direct("x"))

data = %{user: %{name: "ann", tags: %{admin: true, dev: false}}}
IO.inspect(pop_in(data[:user][:tags][:admin]))
IO.inspect(get_and_update_in(data[:user][:name], fn v -> {v, String.upcase(v)} end))
IO.inspect(get_and_update_in(data.user.name, fn v -> {byte_size(v), v <> "!"} end))
IO.inspect(pop_in(data, [:user, :name]))

defmodule User do
  defstruct name: "anon", age: 0, tags: []
  def new(name), do: %User{name: name}
  def older(%User{} = u), do: %{u | age: u.age + 30}
  def name(%User{name: n}), do: n
end
u = User.new("ann")
IO.inspect(u)
u2 = User.older(u)
IO.inspect(u2.age)
IO.puts(User.name(u2))
IO.inspect(is_struct(u, User))
IO.inspect(is_struct(%{}, User))

check = fn input ->
  with {:ok, n} <- input,
       true <- n > 0,
       doubled = n * 2 do
    {:ok, doubled}
  else
    {:error, r} -> {:failed, r}
    false -> :not_positive
  end
end
IO.inspect(check.({:ok, 4}))
IO.inspect(check.({:ok, -1}))
IO.inspect(check.({:error, :boom}))

IO.inspect(for x <- 1..3, y <- [:a, :b], x != 2, do: {x, y})
IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
IO.inspect(for x <- [1, 2, 3], reduce: 0, do: (acc -> acc + x * x))
IO.inspect(for {:ok, v} <- [{:ok, 1}, :skip, {:ok, 2}], do: v)
IO.inspect(for x <- [1, 1, 2], uniq: true, do: x)

<<a::4, b::4, rest::binary>> = <<0xAB, 1, 2>>
IO.inspect({a, b, rest})
<<x::16-little, y::signed-8>> = <<1, 2, 255>>
IO.inspect({x, y})
<<ch::utf8, tail::binary>> = "ébc"
IO.inspect({ch, tail})
IO.inspect(<<1::4, 2::4, 3>>)
IO.inspect(<<2.5::float>>)
