data = %{user: %{name: "ann", tags: %{admin: true, dev: false}}}
IO.inspect(pop_in(data[:user][:tags][:admin]))
IO.inspect(get_and_update_in(data[:user][:name], fn v -> {v, String.upcase(v)} end))
IO.inspect(get_and_update_in(data.user.name, fn v -> {byte_size(v), v <> "!"} end))
IO.inspect(pop_in(data, [:user, :name]))
