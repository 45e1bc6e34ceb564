# RUN: not %athanor run %s 2>&1 | FileCheck %s
# Only the last segment of a binary pattern may be a binary without a size.
defmodule Split do
  def halves(<<a::binary, b::binary>>), do: {a, b}
# CHECK: binary_unsized_middle.exs:[[@LINE-1]]:16: error: a binary field without size is only allowed at the end of a binary pattern
  def head(<<h::binary-size(1), rest::binary>>), do: {h, rest}
end
IO.inspect(Split.head("abc"))
