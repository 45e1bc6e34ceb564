try do
  try do
    raise "inner"
  rescue
    e -> reraise e, __STACKTRACE__
  end
rescue
  e in RuntimeError -> IO.puts("outer got: " <> e.message)
end
