for v <- [nil, false, 0, "", [], :ok] do
  IO.puts("#{inspect(v)} -> #{if v, do: "truthy", else: "falsy"}")
end
IO.inspect(unless false, do: :ran)
IO.inspect(if false, do: :never)
