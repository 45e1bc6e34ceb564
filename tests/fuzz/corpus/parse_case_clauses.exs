case x do
  {:ok, v} when v > 0 -> v
  _ ->
    log()
    nil
end
