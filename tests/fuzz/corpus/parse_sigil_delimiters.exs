[~r/a\d+/i, ~s|a|, ~s"b", ~s'c', ~s<d>, ~s{e}, ~s[f], ~s(g\nh)]
