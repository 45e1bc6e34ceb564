# RUN: not %athanor build --emit=quoted %s 2>&1 | FileCheck %s
# A do-block never closed: reported at the end of the file, naming the opener.
# CHECK: missing_end.exs:8:1: error: missing terminator: end (for "do" starting at line [[@LINE+1]])
defmodule Broken do
  def hello(name) do
    IO.puts("hello #{name}")
  end
