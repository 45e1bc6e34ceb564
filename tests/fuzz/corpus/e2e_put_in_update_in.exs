data = %{users: %{"ann" => %{age: 31}}}
IO.inspect(put_in(data.users["ann"].age, 32))
IO.inspect(update_in(data.users["ann"].age, &(&1 + 10)))
IO.inspect(get_in(data, [:users, "ann", :age]))
