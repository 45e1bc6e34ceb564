x = 1
case {1, 2} do
  {^x, y} -> IO.inspect({:pinned, y})
end
case {3, 3} do
  {z, z} -> IO.inspect({:same, z})
end
case {3, 4} do
  {z, z} -> IO.inspect(:same)
  _ -> IO.inspect(:different)
end
