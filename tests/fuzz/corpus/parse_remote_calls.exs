Mod.f(x)
:erlang.phash2(x)
Kernel.+(3)
foo.bar(1)
