try do
  f()
rescue
  e in [ArgumentError, RuntimeError] -> e
catch
  :throw, v -> v
else
  x -> x
after
  cleanup()
end
