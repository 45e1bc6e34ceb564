defmodule LimitError do
  defexception [:limit]
  def message(e), do: "over the limit of #{e.limit}"
end
try do
  raise LimitError, limit: 3
rescue
  e in LimitError -> IO.puts(Exception.message(e))
end
