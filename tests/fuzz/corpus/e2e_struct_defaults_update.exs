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
