# RUN: %athanor build --emit=quoted %s | FileCheck --match-full-lines %s
# Every sigil delimiter; the text stays raw (escapes are the sigil's business).
[~r/a\d+/i, ~s|a|, ~s"b", ~s'c', ~s<d>, ~s{e}, ~s[f], ~s(g\nh)]
# CHECK: [{:sigil_r, [], [{:<<>>, [], ["a\\d+"]}, [105]]}, {:sigil_s, [], [{:<<>>, [], ["a"]}, []]}, {:sigil_s, [], [{:<<>>, [], ["b"]}, []]}, {:sigil_s, [], [{:<<>>, [], ["c"]}, []]}, {:sigil_s, [], [{:<<>>, [], ["d"]}, []]}, {:sigil_s, [], [{:<<>>, [], ["e"]}, []]}, {:sigil_s, [], [{:<<>>, [], ["f"]}, []]}, {:sigil_s, [], [{:<<>>, [], ["g\\nh"]}, []]}]
