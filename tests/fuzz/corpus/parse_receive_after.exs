receive do
  {:msg, m} -> m
after
  1000 -> :timeout
end
