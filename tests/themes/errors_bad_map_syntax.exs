# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: a keyword pair after `=>` entries in a map literal is fine, but this one is malformed.
config = %{"host" => "localhost", "port" => 4000, timeout: }
IO.puts("config loaded")
IO.inspect(config)
