# List: functions on (linked) lists.
defmodule List do
  def to_string(list), do: :athanor.to_string(list)
end
