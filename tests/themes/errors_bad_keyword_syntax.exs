# RUN: not %athanor run %s > %t.out 2> %t.err
# RUN: test -s %t.err
# RUN: not test -s %t.out
# Must be rejected: keyword list entry without a value.
opts = [timeout: 500, retries:, verbose: true]
IO.puts("options parsed")
IO.inspect(opts)
