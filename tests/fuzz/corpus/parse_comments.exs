x = 1 # trailing
if x do
  # inside
  :ok
end
