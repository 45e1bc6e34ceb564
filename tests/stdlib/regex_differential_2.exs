# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Randomly generated patterns with lookarounds, unicode and flags agree with PCRE.
r = Regex.compile!("é\\Sc{2}|(?<!b)(?<=a)(?:b)", ""); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, "", return: :index), Regex.split(r, "")}
r = Regex.compile!("[[:digit:]]*+(?:b+)", "x"); IO.inspect {Regex.run(r, " éx", return: :index), Regex.scan(r, " éx", return: :index), Regex.split(r, " éx")}
r = Regex.compile!("\\b(a)\\1|(?:b+)x{1,2}.*?", ""); IO.inspect {Regex.run(r, "éb1\nb", return: :index), Regex.scan(r, "éb1\nb", return: :index), Regex.split(r, "éb1\nb")}
r = Regex.compile!("(.(?<=a)$){1,2}[a-cé][[:digit:]]*+", "x"); IO.inspect {Regex.run(r, "bca1é1xc", return: :index), Regex.scan(r, "bca1é1xc", return: :index), Regex.split(r, "bca1é1xc")}
r = Regex.compile!("\\Bé?(a|b)*+\\b", "m"); IO.inspect {Regex.run(r, "a", return: :index), Regex.scan(r, "a", return: :index), Regex.split(r, "a")}
r = Regex.compile!("(a|b)\\Z", ""); IO.inspect {Regex.run(r, "cbx", return: :index), Regex.scan(r, "cbx", return: :index), Regex.split(r, "cbx")}
r = Regex.compile!("((a|b)+.*?\\z){2,3}?(x{2,3}?.{2,3}?){0,}|[^a]{1,2}", "m"); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, "", return: :index), Regex.split(r, "")}
r = Regex.compile!("(?<=a)\\b(?=a)|(?!b)$é", "i"); IO.inspect {Regex.run(r, " caéé", return: :index), Regex.scan(r, " caéé", return: :index), Regex.split(r, " caéé")}
r = Regex.compile!("(?=a)\\A(?:b+)(a|b)*+", "m"); IO.inspect {Regex.run(r, "bb1xca\n", return: :index), Regex.scan(r, "bb1xca\n", return: :index), Regex.split(r, "bb1xca\n")}
r = Regex.compile!("(([a-cé]??c\\Z)?\\W{2}\\b(é{2}\\b\\B[^a])++|\\d+\\Z|a\\w+(a*)(?:b+))??", "m"); IO.inspect {Regex.run(r, "\ncéaé", return: :index), Regex.scan(r, "\ncéaé", return: :index), Regex.split(r, "\ncéaé")}
r = Regex.compile!("(?=a)(a)\\1*?(x+?.?)[a-cé]+|(\\S??\\A(?:b)(ab|a)){1,2}", ""); IO.inspect {Regex.run(r, "bc\nb", return: :index), Regex.scan(r, "bc\nb", return: :index), Regex.split(r, "bc\nb")}
r = Regex.compile!("(\\z(^(?<=a)|\\W)\\Z){2,3}?(?<!b)[^a]", "i"); IO.inspect {Regex.run(r, "aé1bc", return: :index), Regex.scan(r, "aé1bc", return: :index), Regex.split(r, "aé1bc")}
r = Regex.compile!("((\\A\\W??\\Ac*+)+?)++x{2}\\A", "i"); IO.inspect {Regex.run(r, "c\ncaé1 é", return: :index), Regex.scan(r, "c\ncaé1 é", return: :index), Regex.split(r, "c\ncaé1 é")}
r = Regex.compile!("c{0,}x+", "x"); IO.inspect {Regex.run(r, " 1", return: :index), Regex.scan(r, " 1", return: :index), Regex.split(r, " 1")}
r = Regex.compile!("(?:b+)\\s*é?(c|\\d{0,}.*+[^a]+\\B){2,3}?", "i"); IO.inspect {Regex.run(r, "c1", return: :index), Regex.scan(r, "c1", return: :index), Regex.split(r, "c1")}
r = Regex.compile!("(?!b)^", "x"); IO.inspect {Regex.run(r, "aa1", return: :index), Regex.scan(r, "aa1", return: :index), Regex.split(r, "aa1")}
r = Regex.compile!("(x)", ""); IO.inspect {Regex.run(r, "1x1bb a", return: :index), Regex.scan(r, "1x1bb a", return: :index), Regex.split(r, "1x1bb a")}
r = Regex.compile!("x++(a|b)+?", "u"); IO.inspect {Regex.run(r, "é ac", return: :index), Regex.scan(r, "é ac", return: :index), Regex.split(r, "é ac")}
r = Regex.compile!("\\w", ""); IO.inspect {Regex.run(r, "1", return: :index), Regex.scan(r, "1", return: :index), Regex.split(r, "1")}
r = Regex.compile!("(a)\\1*?", "ui"); IO.inspect {Regex.run(r, "\nxc", return: :index), Regex.scan(r, "\nxc", return: :index), Regex.split(r, "\nxc")}
r = Regex.compile!("\\z(?<!b)(ab|a)*", "m"); IO.inspect {Regex.run(r, "1xéa b", return: :index), Regex.scan(r, "1xéa b", return: :index), Regex.split(r, "1xéa b")}
r = Regex.compile!("\\W[ab]++(ab|a)(?<=a)", "s"); IO.inspect {Regex.run(r, "1x ", return: :index), Regex.scan(r, "1x ", return: :index), Regex.split(r, "1x ")}
r = Regex.compile!("\\zé(a)\\1{1,2}", "m"); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, "", return: :index), Regex.split(r, "")}
r = Regex.compile!("\\w+[^a]??", ""); IO.inspect {Regex.run(r, "xxc\nbax", return: :index), Regex.scan(r, "xxc\nbax", return: :index), Regex.split(r, "xxc\nbax")}
r = Regex.compile!("(?!b)([[:digit:]]{1,2}(?<!b)\\w*+\\w*?)+(c+[^a](ab|a)?)++\\w+|(\\S\\Z\\W[ab]){0,}(?:b+)", "ui"); IO.inspect {Regex.run(r, " axx", return: :index), Regex.scan(r, " axx", return: :index), Regex.split(r, " axx")}
r = Regex.compile!("[[:digit:]](a*){1,2}.+", "m"); IO.inspect {Regex.run(r, "c\ncbb", return: :index), Regex.scan(r, "c\ncbb", return: :index), Regex.split(r, "c\ncbb")}
r = Regex.compile!("(ab|a)?", ""); IO.inspect {Regex.run(r, "c\n\n1\néé", return: :index), Regex.scan(r, "c\n\n1\néé", return: :index), Regex.split(r, "c\n\n1\néé")}
r = Regex.compile!("[^a]x{1,2}(a)\\1{0,}[[:digit:]]*+", "ui"); IO.inspect {Regex.run(r, "caé b", return: :index), Regex.scan(r, "caé b", return: :index), Regex.split(r, "caé b")}
r = Regex.compile!("(a)\\1*?a*+^\\d+?", "x"); IO.inspect {Regex.run(r, "a ééb ", return: :index), Regex.scan(r, "a ééb ", return: :index), Regex.split(r, "a ééb ")}
r = Regex.compile!("(a|b)é?\\A", "x"); IO.inspect {Regex.run(r, "1ab1 1é", return: :index), Regex.scan(r, "1ab1 1é", return: :index), Regex.split(r, "1ab1 1é")}
r = Regex.compile!("(x{2,3}?x*?\\S?){1,2}", "s"); IO.inspect {Regex.run(r, "\n1cbc", return: :index), Regex.scan(r, "\n1cbc", return: :index), Regex.split(r, "\n1cbc")}
r = Regex.compile!("(c{0,}(a*)*?c+?\\d*)([ab]{2}(a|b){1,2}\\s{1,2})*+\\A\\w++", "s"); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, "", return: :index), Regex.split(r, "")}
r = Regex.compile!("(?<=a)(b*?((?=a)(a|b)??\\b)*?)*+(?:b)\\S*", "x"); IO.inspect {Regex.run(r, "b xabcbx", return: :index), Regex.scan(r, "b xabcbx", return: :index), Regex.split(r, "b xabcbx")}
r = Regex.compile!("\\s{0,}\\d[[:digit:]]*", "m"); IO.inspect {Regex.run(r, "b\n1", return: :index), Regex.scan(r, "b\n1", return: :index), Regex.split(r, "b\n1")}
r = Regex.compile!("(é??\\z(ab|a)?($))?\\B\\Z", ""); IO.inspect {Regex.run(r, "b", return: :index), Regex.scan(r, "b", return: :index), Regex.split(r, "b")}
r = Regex.compile!("[a-cé]?", "i"); IO.inspect {Regex.run(r, "c ", return: :index), Regex.scan(r, "c ", return: :index), Regex.split(r, "c ")}
r = Regex.compile!("(?!b)\\z", "m"); IO.inspect {Regex.run(r, "\néaax", return: :index), Regex.scan(r, "\néaax", return: :index), Regex.split(r, "\néaax")}
r = Regex.compile!("x{0,}[[:digit:]]{1,2}", "i"); IO.inspect {Regex.run(r, "xc a", return: :index), Regex.scan(r, "xc a", return: :index), Regex.split(r, "xc a")}
r = Regex.compile!(".+", "m"); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, "", return: :index), Regex.split(r, "")}
r = Regex.compile!("(a|b)++(?<=a)\\S{0,}x??|^((a)\\1{2,3}?\\b$c*+)*?((?:b+)[[:digit:]]{1,2}\\Z(?:b+))*?", "i"); IO.inspect {Regex.run(r, "\nxc1c", return: :index), Regex.scan(r, "\nxc1c", return: :index), Regex.split(r, "\nxc1c")}
r = Regex.compile!("x{0,}", "s"); IO.inspect {Regex.run(r, "1a", return: :index), Regex.scan(r, "1a", return: :index), Regex.split(r, "1a")}
r = Regex.compile!("\\W{2,3}?\\z", "i"); IO.inspect {Regex.run(r, "x éxc", return: :index), Regex.scan(r, "x éxc", return: :index), Regex.split(r, "x éxc")}
r = Regex.compile!("\\z((a|b)*|(a)\\1++\\z)?|(?<=a)(?:b+)\\W*", "s"); IO.inspect {Regex.run(r, "é", return: :index), Regex.scan(r, "é", return: :index), Regex.split(r, "é")}
r = Regex.compile!("b+", ""); IO.inspect {Regex.run(r, "\n1b", return: :index), Regex.scan(r, "\n1b", return: :index), Regex.split(r, "\n1b")}
r = Regex.compile!(".+", "u"); IO.inspect {Regex.run(r, "c", return: :index), Regex.scan(r, "c", return: :index), Regex.split(r, "c")}
r = Regex.compile!("x(?=a)\\s(?=a)", "ui"); IO.inspect {Regex.run(r, "1c", return: :index), Regex.scan(r, "1c", return: :index), Regex.split(r, "1c")}
r = Regex.compile!("((\\Sb++)??$)(?<!b)", "m"); IO.inspect {Regex.run(r, "a é1x", return: :index), Regex.scan(r, "a é1x", return: :index), Regex.split(r, "a é1x")}
r = Regex.compile!("^[ab]++", ""); IO.inspect {Regex.run(r, "a", return: :index), Regex.scan(r, "a", return: :index), Regex.split(r, "a")}
r = Regex.compile!("[ab]{0,}(a|b)", "x"); IO.inspect {Regex.run(r, "acb", return: :index), Regex.scan(r, "acb", return: :index), Regex.split(r, "acb")}
r = Regex.compile!("(?<=a)", "i"); IO.inspect {Regex.run(r, "bcbx1", return: :index), Regex.scan(r, "bcbx1", return: :index), Regex.split(r, "bcbx1")}
r = Regex.compile!("(?!b)", ""); IO.inspect {Regex.run(r, "b ", return: :index), Regex.scan(r, "b ", return: :index), Regex.split(r, "b ")}
r = Regex.compile!("\\s+\\A[[:digit:]]?([[:digit:]]++(?=a))++", "ui"); IO.inspect {Regex.run(r, "c bé", return: :index), Regex.scan(r, "c bé", return: :index), Regex.split(r, "c bé")}
r = Regex.compile!("[^a]\\d{0,}", "i"); IO.inspect {Regex.run(r, " é1b a1", return: :index), Regex.scan(r, " é1b a1", return: :index), Regex.split(r, " é1b a1")}
r = Regex.compile!("(a)\\1+\\b[^a]{2}\\B", "i"); IO.inspect {Regex.run(r, "ccb", return: :index), Regex.scan(r, "ccb", return: :index), Regex.split(r, "ccb")}
r = Regex.compile!("(a|b)??((a)\\1{2,3}?)?[^a]", "x"); IO.inspect {Regex.run(r, " a", return: :index), Regex.scan(r, " a", return: :index), Regex.split(r, " a")}
r = Regex.compile!("(([^a]??\\b^\\B)[[:digit:]])\\Z", ""); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, "", return: :index), Regex.split(r, "")}
r = Regex.compile!("(\\B\\d$(?=a))++", "i"); IO.inspect {Regex.run(r, "xac  é", return: :index), Regex.scan(r, "xac  é", return: :index), Regex.split(r, "xac  é")}
r = Regex.compile!("(?<!b)", "m"); IO.inspect {Regex.run(r, "1 c\n", return: :index), Regex.scan(r, "1 c\n", return: :index), Regex.split(r, "1 c\n")}
r = Regex.compile!("\\b(a*){0,}(a|b){2}\\d{2}", ""); IO.inspect {Regex.run(r, "écé", return: :index), Regex.scan(r, "écé", return: :index), Regex.split(r, "écé")}
r = Regex.compile!("\\z(?=a)", "m"); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, "", return: :index), Regex.split(r, "")}
r = Regex.compile!("\\Z", ""); IO.inspect {Regex.run(r, "ééb", return: :index), Regex.scan(r, "ééb", return: :index), Regex.split(r, "ééb")}
r = Regex.compile!("(?:b)((a)\\1+b{2})?\\w{2}", "m"); IO.inspect {Regex.run(r, "éb b", return: :index), Regex.scan(r, "éb b", return: :index), Regex.split(r, "éb b")}
r = Regex.compile!("[a-cé]*+[[:digit:]]*c*", "m"); IO.inspect {Regex.run(r, "cxa\né", return: :index), Regex.scan(r, "cxa\né", return: :index), Regex.split(r, "cxa\né")}
r = Regex.compile!("[[:digit:]]?\\W+(a*){2}", "u"); IO.inspect {Regex.run(r, "x", return: :index), Regex.scan(r, "x", return: :index), Regex.split(r, "x")}
r = Regex.compile!("(x?(?<!b)(\\d{2,3}?(?!b)é[^a]+?){1,2})++(a*)$", "s"); IO.inspect {Regex.run(r, " \n", return: :index), Regex.scan(r, " \n", return: :index), Regex.split(r, " \n")}
r = Regex.compile!("(?:b+)a{0,}c{0,}c{2,3}?", ""); IO.inspect {Regex.run(r, " 11x1a", return: :index), Regex.scan(r, " 11x1a", return: :index), Regex.split(r, " 11x1a")}
r = Regex.compile!("((.??(a)\\1*?$(a)\\1*+)*?)??\\w{2}[[:digit:]]", "x"); IO.inspect {Regex.run(r, "1ac\n", return: :index), Regex.scan(r, "1ac\n", return: :index), Regex.split(r, "1ac\n")}
r = Regex.compile!(".?(?=a)[^a]*\\B", "i"); IO.inspect {Regex.run(r, "1cé1cba1", return: :index), Regex.scan(r, "1cé1cba1", return: :index), Regex.split(r, "1cé1cba1")}
r = Regex.compile!("(a)\\1\\A", "i"); IO.inspect {Regex.run(r, " ", return: :index), Regex.scan(r, " ", return: :index), Regex.split(r, " ")}
r = Regex.compile!("é{0,}|\\B(.??.*+|$)", "u"); IO.inspect {Regex.run(r, "x1 é \n", return: :index), Regex.scan(r, "x1 é \n", return: :index), Regex.split(r, "x1 é \n")}
r = Regex.compile!("\\S?é?[ab]{1,2}", ""); IO.inspect {Regex.run(r, "bé é\na", return: :index), Regex.scan(r, "bé é\na", return: :index), Regex.split(r, "bé é\na")}
r = Regex.compile!("([ab]{1,2}[[:digit:]]+?)*.+(a)\\1?", "m"); IO.inspect {Regex.run(r, "é", return: :index), Regex.scan(r, "é", return: :index), Regex.split(r, "é")}
r = Regex.compile!("\\d[a-cé]*?\\B|^c{0,}[a-cé]+.{0,}", "ui"); IO.inspect {Regex.run(r, " éc1  xx", return: :index), Regex.scan(r, " éc1  xx", return: :index), Regex.split(r, " éc1  xx")}
r = Regex.compile!("(ab|a){2}", "m"); IO.inspect {Regex.run(r, "c1", return: :index), Regex.scan(r, "c1", return: :index), Regex.split(r, "c1")}
r = Regex.compile!("(a|b)+|[ab]??é", "u"); IO.inspect {Regex.run(r, "\nc", return: :index), Regex.scan(r, "\nc", return: :index), Regex.split(r, "\nc")}
r = Regex.compile!("[[:digit:]]{0,}.{2}(?<=a)(?!b)", ""); IO.inspect {Regex.run(r, "\nac\n\n", return: :index), Regex.scan(r, "\nac\n\n", return: :index), Regex.split(r, "\nac\n\n")}
r = Regex.compile!("\\A", "i"); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, "", return: :index), Regex.split(r, "")}
r = Regex.compile!("\\z(b$(c+(?:b)\\d?)?((?<!b)))+\\B", "u"); IO.inspect {Regex.run(r, "b cb", return: :index), Regex.scan(r, "b cb", return: :index), Regex.split(r, "b cb")}
r = Regex.compile!("\\d[^a]+?(a|b)?\\d|..b{1,2}\\A", "ui"); IO.inspect {Regex.run(r, "cc  \n ", return: :index), Regex.scan(r, "cc  \n ", return: :index), Regex.split(r, "cc  \n ")}
r = Regex.compile!("(a)\\1{2,3}?\\S+\\Z|a[[:digit:]]??\\z([[:digit:]]{2}(?=a))*|b+", ""); IO.inspect {Regex.run(r, "bxc\n1", return: :index), Regex.scan(r, "bxc\n1", return: :index), Regex.split(r, "bxc\n1")}
# CHECK: {nil, [], [""]}
# CHECK-NEXT: {nil, [], [" éx"]}
# CHECK-NEXT: {nil, [], ["éb1\nb"]}
# CHECK-NEXT: {nil, [], ["bca1é1xc"]}
# CHECK-NEXT: {nil, [], ["a"]}
# CHECK-NEXT: {nil, [], ["cbx"]}
# CHECK-NEXT: {nil, [], [""]}
# CHECK-NEXT: {nil, [], [" caéé"]}
# CHECK-NEXT: {nil, [], ["bb1xca\n"]}
# CHECK-NEXT: {[{0, 0}],
# CHECK-NEXT:  [
# CHECK-NEXT:    [{0, 0}],
# CHECK-NEXT:    [{1, 0}],
# CHECK-NEXT:    [{2, 0}],
# CHECK-NEXT:    [{3, 0}],
# CHECK-NEXT:    [{4, 0}],
# CHECK-NEXT:    [{5, 0}],
# CHECK-NEXT:    [{6, 0}],
# CHECK-NEXT:    [{7, 0}]
# CHECK-NEXT:  ], ["", "\n", "c", <<195>>, <<169>>, "a", <<195>>, <<169>>, ""]}
# CHECK-NEXT: {nil, [], ["bc\nb"]}
# CHECK-NEXT: {nil, [], ["aé1bc"]}
# CHECK-NEXT: {nil, [], ["c\ncaé1 é"]}
# CHECK-NEXT: {nil, [], [" 1"]}
# CHECK-NEXT: {nil, [], ["c1"]}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}{0, 0}]], ["", "aa1"]}
# CHECK-NEXT: {[{1, 1}, {1, 1}], {{\[\[}}{1, 1}, {1, 1}]], ["1", "1bb a"]}
# CHECK-NEXT: {nil, [], ["é ac"]}
# CHECK-NEXT: {[{0, 1}], {{\[\[}}{0, 1}]], ["", ""]}
# CHECK-NEXT: {nil, [], ["\nxc"]}
# CHECK-NEXT: {nil, [], ["1xéa b"]}
# CHECK-NEXT: {nil, [], ["1x "]}
# CHECK-NEXT: {nil, [], [""]}
# CHECK-NEXT: {[{0, 3}], {{\[\[}}{0, 3}], [{4, 3}]], ["", "\n", ""]}
# CHECK-NEXT: {nil, [], [" axx"]}
# CHECK-NEXT: {nil, [], ["c\ncbb"]}
# CHECK-NEXT: {[{0, 0}],
# CHECK-NEXT:  [
# CHECK-NEXT:    [{0, 0}],
# CHECK-NEXT:    [{1, 0}],
# CHECK-NEXT:    [{2, 0}],
# CHECK-NEXT:    [{3, 0}],
# CHECK-NEXT:    [{4, 0}],
# CHECK-NEXT:    [{5, 0}],
# CHECK-NEXT:    [{6, 0}],
# CHECK-NEXT:    [{7, 0}],
# CHECK-NEXT:    [{8, 0}],
# CHECK-NEXT:    [{9, 0}]
# CHECK-NEXT:  ], ["", "c", "\n", "\n", "1", "\n", <<195>>, <<169>>, <<195>>, <<169>>, ""]}
# CHECK-NEXT: {nil, [], ["caé b"]}
# CHECK-NEXT: {nil, [], ["a ééb "]}
# CHECK-NEXT: {nil, [], ["1ab1 1é"]}
# CHECK-NEXT: {nil, [], ["\n1cbc"]}
# CHECK-NEXT: {nil, [], [""]}
# CHECK-NEXT: {[{4, 4}, {4, 0}], {{\[\[}}{4, 4}, {4, 0}]], ["b xa", ""]}
# CHECK-NEXT: {[{1, 2}], {{\[\[}}{1, 2}]], ["b", ""]}
# CHECK-NEXT: {nil, [], ["b"]}
# CHECK-NEXT: {[{0, 1}], {{\[\[}}{0, 1}], [{1, 0}], [{2, 0}]], ["", "", " ", ""]}
# CHECK-NEXT: {[{6, 0}], {{\[\[}}{6, 0}]], ["\néaax", ""]}
# CHECK-NEXT: {nil, [], ["xc a"]}
# CHECK-NEXT: {nil, [], [""]}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}{0, 0}]], ["", "\nxc1c"]}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}{0, 0}], [{1, 0}], [{2, 0}]], ["", "1", "a", ""]}
# CHECK-NEXT: {nil, [], ["x éxc"]}
# CHECK-NEXT: {[{2, 0}, {2, 0}], {{\[\[}}{2, 0}, {2, 0}]], ["é", ""]}
# CHECK-NEXT: {[{2, 1}], {{\[\[}}{2, 1}]], ["\n1", ""]}
# CHECK-NEXT: {[{0, 1}], {{\[\[}}{0, 1}]], ["", ""]}
# CHECK-NEXT: {nil, [], ["1c"]}
# CHECK-NEXT: {[{6, 0}, {6, 0}], {{\[\[}}{6, 0}, {6, 0}]], ["a é1x", ""]}
# CHECK-NEXT: {[{0, 1}], {{\[\[}}{0, 1}]], ["", ""]}
# CHECK-NEXT: {[{0, 1}, {0, 1}], {{\[\[}}{0, 1}, {0, 1}], [{2, 1}, {2, 1}]], ["", "c", ""]}
# CHECK-NEXT: {nil, [], ["bcbx1"]}
# CHECK-NEXT: {[{1, 0}], {{\[\[}}{1, 0}], [{2, 0}]], ["b", " ", ""]}
# CHECK-NEXT: {nil, [], ["c bé"]}
# CHECK-NEXT: {[{0, 1}], {{\[\[}}{0, 1}], [{1, 1}], [{2, 2}], [{4, 1}], [{5, 1}], [{7, 1}]],
# CHECK-NEXT:  ["", "", "", "", "", "a", ""]}
# CHECK-NEXT: {nil, [], ["ccb"]}
# CHECK-NEXT: {[{0, 1}], {{\[\[}}{0, 1}]], ["", "a"]}
# CHECK-NEXT: {nil, [], [""]}
# CHECK-NEXT: {nil, [], ["xac  é"]}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}{0, 0}], [{1, 0}], [{2, 0}], [{3, 0}], [{4, 0}]],
# CHECK-NEXT:  ["", "1", " ", "c", "\n", ""]}
# CHECK-NEXT: {nil, [], ["écé"]}
# CHECK-NEXT: {nil, [], [""]}
# CHECK-NEXT: {[{5, 0}], {{\[\[}}{5, 0}]], ["ééb", ""]}
# CHECK-NEXT: {nil, [], ["éb b"]}
# CHECK-NEXT: {[{0, 1}], {{\[\[}}{0, 1}], [{1, 0}], [{2, 1}], [{3, 0}], [{4, 2}], [{6, 0}]],
# CHECK-NEXT:  ["", "", "x", "", "\n", "", ""]}
# CHECK-NEXT: {nil, [], ["x"]}
# CHECK-NEXT: {nil, [], [" \n"]}
# CHECK-NEXT: {nil, [], [" 11x1a"]}
# CHECK-NEXT: {nil, [], ["1ac\n"]}
# CHECK-NEXT: {[{6, 1}], {{\[\[}}{6, 1}], [{7, 0}]], ["1cé1c", "", "a1"]}
# CHECK-NEXT: {nil, [], [" "]}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}{0, 0}], [{1, 0}], [{1, 5}, {1, 5}], [{6, 0}], [{7, 0}]],
# CHECK-NEXT:  ["", "x", "", "", "\n", ""]}
# CHECK-NEXT: {nil, [], ["bé é\na"]}
# CHECK-NEXT: {nil, [], ["é"]}
# CHECK-NEXT: {nil, [], [" éc1  xx"]}
# CHECK-NEXT: {nil, [], ["c1"]}
# CHECK-NEXT: {nil, [], ["\nc"]}
# CHECK-NEXT: {nil, [], ["\nac\n\n"]}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}{0, 0}]], [""]}
# CHECK-NEXT: {nil, [], ["b cb"]}
# CHECK-NEXT: {nil, [], ["cc  \n "]}
# CHECK-NEXT: {[{0, 1}], {{\[\[}}{0, 1}]], ["", "xc\n1"]}
