IO.puts "x"
raise "boom"
use GenServer
foo bar, baz
