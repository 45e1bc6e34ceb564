# RUN: %athanor run %s | FileCheck --match-full-lines %s
# Randomly generated patterns: run/scan/split/replace agree with PCRE.
r = Regex.compile!("(a|b)*.??(([^a]{2,3}?\\d??(a*)(a|b)?|$\\b\\d*)){0,}", ""); IO.inspect {Regex.run(r, "1 1aa  ", return: :index), Regex.scan(r, "1 1aa  "), Regex.split(r, "1 1aa  "), Regex.replace(r, "1 1aa  ", "[\\0]")}
r = Regex.compile!("(c{2,3}?$\\s{2,3}?$)??b{2,3}?(a*){2}", ""); IO.inspect {Regex.run(r, "1xx", return: :index), Regex.scan(r, "1xx"), Regex.split(r, "1xx"), Regex.replace(r, "1xx", "[\\0]")}
r = Regex.compile!("ab(ab|a)*?.??", "i"); IO.inspect {Regex.run(r, "a x  ab", return: :index), Regex.scan(r, "a x  ab"), Regex.split(r, "a x  ab"), Regex.replace(r, "a x  ab", "[\\0]")}
r = Regex.compile!("a?", ""); IO.inspect {Regex.run(r, "1aaxba", return: :index), Regex.scan(r, "1aaxba"), Regex.split(r, "1aaxba"), Regex.replace(r, "1aaxba", "[\\0]")}
r = Regex.compile!("c+?.+?|\\w{2,3}?c|^(a*){2}", "s"); IO.inspect {Regex.run(r, "x1c1ax", return: :index), Regex.scan(r, "x1c1ax"), Regex.split(r, "x1c1ax"), Regex.replace(r, "x1c1ax", "[\\0]")}
r = Regex.compile!("x+[a-c](a)\\1a|^|[^a](a*)+[a-c]+?$", "s"); IO.inspect {Regex.run(r, "b xcca", return: :index), Regex.scan(r, "b xcca"), Regex.split(r, "b xcca"), Regex.replace(r, "b xcca", "[\\0]")}
r = Regex.compile!("(a|b){2,3}?\\s{2,3}?\\b", "i"); IO.inspect {Regex.run(r, "x11xcx 1", return: :index), Regex.scan(r, "x11xcx 1"), Regex.split(r, "x11xcx 1"), Regex.replace(r, "x11xcx 1", "[\\0]")}
r = Regex.compile!("\\s|\\d{2}", "s"); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, ""), Regex.split(r, ""), Regex.replace(r, "", "[\\0]")}
r = Regex.compile!("(\\s{1,2}(c{0,}x(ab|a)+?a)){2,3}?", ""); IO.inspect {Regex.run(r, "x", return: :index), Regex.scan(r, "x"), Regex.split(r, "x"), Regex.replace(r, "x", "[\\0]")}
r = Regex.compile!("b|\\s$(^c\\b\\d??){0,}", "s"); IO.inspect {Regex.run(r, "bbx1x1x", return: :index), Regex.scan(r, "bbx1x1x"), Regex.split(r, "bbx1x1x"), Regex.replace(r, "bbx1x1x", "[\\0]")}
r = Regex.compile!("(a*)*x?", "i"); IO.inspect {Regex.run(r, "b11c b", return: :index), Regex.scan(r, "b11c b"), Regex.split(r, "b11c b"), Regex.replace(r, "b11c b", "[\\0]")}
r = Regex.compile!("\\w?[ab]??[a-c]+?", "s"); IO.inspect {Regex.run(r, "x", return: :index), Regex.scan(r, "x"), Regex.split(r, "x"), Regex.replace(r, "x", "[\\0]")}
r = Regex.compile!("\\s", "m"); IO.inspect {Regex.run(r, "x111x ", return: :index), Regex.scan(r, "x111x "), Regex.split(r, "x111x "), Regex.replace(r, "x111x ", "[\\0]")}
r = Regex.compile!("[a-c]??", "i"); IO.inspect {Regex.run(r, "xbxx1x1", return: :index), Regex.scan(r, "xbxx1x1"), Regex.split(r, "xbxx1x1"), Regex.replace(r, "xbxx1x1", "[\\0]")}
r = Regex.compile!("x+?", "i"); IO.inspect {Regex.run(r, " 1a1axc", return: :index), Regex.scan(r, " 1a1axc"), Regex.split(r, " 1a1axc"), Regex.replace(r, " 1a1axc", "[\\0]")}
r = Regex.compile!("..((a|b)\\s[^a]{0,}|^)*", "m"); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, ""), Regex.split(r, ""), Regex.replace(r, "", "[\\0]")}
r = Regex.compile!("(?:b+)|\\b(a*)*^", "s"); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, ""), Regex.split(r, ""), Regex.replace(r, "", "[\\0]")}
r = Regex.compile!("[^a]{2,3}?\\d+|^", "m"); IO.inspect {Regex.run(r, "ba1xx x", return: :index), Regex.scan(r, "ba1xx x"), Regex.split(r, "ba1xx x"), Regex.replace(r, "ba1xx x", "[\\0]")}
r = Regex.compile!(".\\b^\\s+?", ""); IO.inspect {Regex.run(r, "baaa1", return: :index), Regex.scan(r, "baaa1"), Regex.split(r, "baaa1"), Regex.replace(r, "baaa1", "[\\0]")}
r = Regex.compile!("(?:b+)*", "i"); IO.inspect {Regex.run(r, "b1x bc", return: :index), Regex.scan(r, "b1x bc"), Regex.split(r, "b1x bc"), Regex.replace(r, "b1x bc", "[\\0]")}
r = Regex.compile!(".+?(a)\\1*?", ""); IO.inspect {Regex.run(r, "bbaaab", return: :index), Regex.scan(r, "bbaaab"), Regex.split(r, "bbaaab"), Regex.replace(r, "bbaaab", "[\\0]")}
r = Regex.compile!("\\b[a-c]+(?:b+)??|([a-c].{2,3}?[^a]??){2,3}?x(ab|a)??(\\s+?\\w*?\\s{0,}){1,2}|[^a]{0,}b{2,3}?a{2,3}?(?:b+){1,2}", ""); IO.inspect {Regex.run(r, "bacacc", return: :index), Regex.scan(r, "bacacc"), Regex.split(r, "bacacc"), Regex.replace(r, "bacacc", "[\\0]")}
r = Regex.compile!("\\w{1,2}(.|.+?\\s{2}[ab]*^)+?c{2}^", ""); IO.inspect {Regex.run(r, "x xabb", return: :index), Regex.scan(r, "x xabb"), Regex.split(r, "x xabb"), Regex.replace(r, "x xabb", "[\\0]")}
r = Regex.compile!("(a*).??", ""); IO.inspect {Regex.run(r, "1111 ", return: :index), Regex.scan(r, "1111 "), Regex.split(r, "1111 "), Regex.replace(r, "1111 ", "[\\0]")}
r = Regex.compile!("xc|(a*)??\\w+?a+?", ""); IO.inspect {Regex.run(r, "c  a", return: :index), Regex.scan(r, "c  a"), Regex.split(r, "c  a"), Regex.replace(r, "c  a", "[\\0]")}
r = Regex.compile!("(x)*?\\d?|x{1,2}", "i"); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, ""), Regex.split(r, ""), Regex.replace(r, "", "[\\0]")}
r = Regex.compile!("(a+?.?){2,3}?b{2}(a*)*", "m"); IO.inspect {Regex.run(r, " b1baxxa", return: :index), Regex.scan(r, " b1baxxa"), Regex.split(r, " b1baxxa"), Regex.replace(r, " b1baxxa", "[\\0]")}
r = Regex.compile!("(ab|a)+($)??x*(a*){1,2}", "s"); IO.inspect {Regex.run(r, "c x11ax ", return: :index), Regex.scan(r, "c x11ax "), Regex.split(r, "c x11ax "), Regex.replace(r, "c x11ax ", "[\\0]")}
r = Regex.compile!("(?:b+){2}b\\b(a|b)*", "s"); IO.inspect {Regex.run(r, "cb", return: :index), Regex.scan(r, "cb"), Regex.split(r, "cb"), Regex.replace(r, "cb", "[\\0]")}
r = Regex.compile!("(ab|a)[^a]*?(a*)|^", ""); IO.inspect {Regex.run(r, "11b", return: :index), Regex.scan(r, "11b"), Regex.split(r, "11b"), Regex.replace(r, "11b", "[\\0]")}
r = Regex.compile!(".??a*\\w{1,2}b{1,2}", "i"); IO.inspect {Regex.run(r, "x1xxaa1", return: :index), Regex.scan(r, "x1xxaa1"), Regex.split(r, "x1xxaa1"), Regex.replace(r, "x1xxaa1", "[\\0]")}
r = Regex.compile!("\\b(\\b.)", "m"); IO.inspect {Regex.run(r, "baa", return: :index), Regex.scan(r, "baa"), Regex.split(r, "baa"), Regex.replace(r, "baa", "[\\0]")}
r = Regex.compile!("((?:b+)?x{1,2}[a-c]{1,2}|x|[a-c]*?c??[a-c]*)*x??(?:b+)??", ""); IO.inspect {Regex.run(r, "bbbb1x1 ", return: :index), Regex.scan(r, "bbbb1x1 "), Regex.split(r, "bbbb1x1 "), Regex.replace(r, "bbbb1x1 ", "[\\0]")}
r = Regex.compile!("[^a]*", "i"); IO.inspect {Regex.run(r, "axax", return: :index), Regex.scan(r, "axax"), Regex.split(r, "axax"), Regex.replace(r, "axax", "[\\0]")}
r = Regex.compile!("(b?(?:b+){2,3}?)(ab|a){1,2}(b?|[^a]*?x{1,2}[^a]\\s{0,})+", ""); IO.inspect {Regex.run(r, "b axx1  ", return: :index), Regex.scan(r, "b axx1  "), Regex.split(r, "b axx1  "), Regex.replace(r, "b axx1  ", "[\\0]")}
r = Regex.compile!("([^a]?$[ab]*?\\b){1,2}$", "s"); IO.inspect {Regex.run(r, "x1c  b", return: :index), Regex.scan(r, "x1c  b"), Regex.split(r, "x1c  b"), Regex.replace(r, "x1c  b", "[\\0]")}
r = Regex.compile!("(a|b)+?[^a]??(a|b){0,}(^\\w{2}^)", ""); IO.inspect {Regex.run(r, "ac", return: :index), Regex.scan(r, "ac"), Regex.split(r, "ac"), Regex.replace(r, "ac", "[\\0]")}
r = Regex.compile!("(?:b+)(ab|a){2,3}?[ab]+?(a{2,3}?\\bx??)+?", ""); IO.inspect {Regex.run(r, "a", return: :index), Regex.scan(r, "a"), Regex.split(r, "a"), Regex.replace(r, "a", "[\\0]")}
r = Regex.compile!("\\d{2,3}?^bb+?", "s"); IO.inspect {Regex.run(r, "1axab ", return: :index), Regex.scan(r, "1axab "), Regex.split(r, "1axab "), Regex.replace(r, "1axab ", "[\\0]")}
r = Regex.compile!("((a*)(a|b)?a{1,2})\\sx+", "i"); IO.inspect {Regex.run(r, " ", return: :index), Regex.scan(r, " "), Regex.split(r, " "), Regex.replace(r, " ", "[\\0]")}
r = Regex.compile!("(\\d{1,2}){2,3}?", "m"); IO.inspect {Regex.run(r, " 1cxxxac", return: :index), Regex.scan(r, " 1cxxxac"), Regex.split(r, " 1cxxxac"), Regex.replace(r, " 1cxxxac", "[\\0]")}
r = Regex.compile!("(a)\\1+[ab]{1,2}(.*?\\b(?:b+)$)?|ab+?\\d|c{1,2}a{0,}", ""); IO.inspect {Regex.run(r, "xccb1", return: :index), Regex.scan(r, "xccb1"), Regex.split(r, "xccb1"), Regex.replace(r, "xccb1", "[\\0]")}
r = Regex.compile!("\\w*?(a|b){1,2}", ""); IO.inspect {Regex.run(r, " b", return: :index), Regex.scan(r, " b"), Regex.split(r, " b"), Regex.replace(r, " b", "[\\0]")}
r = Regex.compile!("(\\s*?){1,2}\\d?", "m"); IO.inspect {Regex.run(r, " ", return: :index), Regex.scan(r, " "), Regex.split(r, " "), Regex.replace(r, " ", "[\\0]")}
r = Regex.compile!("(x)?(a*)+(?:b+)*?|$", "m"); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, ""), Regex.split(r, ""), Regex.replace(r, "", "[\\0]")}
r = Regex.compile!("b", ""); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, ""), Regex.split(r, ""), Regex.replace(r, "", "[\\0]")}
r = Regex.compile!("(x*?){2}b", "i"); IO.inspect {Regex.run(r, "ac", return: :index), Regex.scan(r, "ac"), Regex.split(r, "ac"), Regex.replace(r, "ac", "[\\0]")}
r = Regex.compile!("^", ""); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, ""), Regex.split(r, ""), Regex.replace(r, "", "[\\0]")}
r = Regex.compile!("a??\\s?", ""); IO.inspect {Regex.run(r, "a", return: :index), Regex.scan(r, "a"), Regex.split(r, "a"), Regex.replace(r, "a", "[\\0]")}
r = Regex.compile!("c??\\w{1,2}", "m"); IO.inspect {Regex.run(r, "cc1x", return: :index), Regex.scan(r, "cc1x"), Regex.split(r, "cc1x"), Regex.replace(r, "cc1x", "[\\0]")}
r = Regex.compile!("\\s{0,}a+[a-c](a)\\1+", "i"); IO.inspect {Regex.run(r, "c", return: :index), Regex.scan(r, "c"), Regex.split(r, "c"), Regex.replace(r, "c", "[\\0]")}
r = Regex.compile!("(a|b)[a-c]?[ab]{2}", "m"); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, ""), Regex.split(r, ""), Regex.replace(r, "", "[\\0]")}
r = Regex.compile!("((a*)x+\\s+x|.{0,})(ab|a)?([ab]??)*?", ""); IO.inspect {Regex.run(r, "  1 x", return: :index), Regex.scan(r, "  1 x"), Regex.split(r, "  1 x"), Regex.replace(r, "  1 x", "[\\0]")}
r = Regex.compile!("[ab]", ""); IO.inspect {Regex.run(r, "cc c", return: :index), Regex.scan(r, "cc c"), Regex.split(r, "cc c"), Regex.replace(r, "cc c", "[\\0]")}
r = Regex.compile!("\\w(a)\\1[a-c]+?c?|(a)\\1$", "s"); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, ""), Regex.split(r, ""), Regex.replace(r, "", "[\\0]")}
r = Regex.compile!("^x[ab]+", ""); IO.inspect {Regex.run(r, "xb ", return: :index), Regex.scan(r, "xb "), Regex.split(r, "xb "), Regex.replace(r, "xb ", "[\\0]")}
r = Regex.compile!("\\w*\\d?", "m"); IO.inspect {Regex.run(r, "  c1 ", return: :index), Regex.scan(r, "  c1 "), Regex.split(r, "  c1 "), Regex.replace(r, "  c1 ", "[\\0]")}
r = Regex.compile!("x+\\s*?\\d{1,2}", ""); IO.inspect {Regex.run(r, "accc1xba", return: :index), Regex.scan(r, "accc1xba"), Regex.split(r, "accc1xba"), Regex.replace(r, "accc1xba", "[\\0]")}
r = Regex.compile!("[ab]+\\d", ""); IO.inspect {Regex.run(r, "ax1xc1", return: :index), Regex.scan(r, "ax1xc1"), Regex.split(r, "ax1xc1"), Regex.replace(r, "ax1xc1", "[\\0]")}
r = Regex.compile!("[a-c]{1,2}", "i"); IO.inspect {Regex.run(r, "x  ", return: :index), Regex.scan(r, "x  "), Regex.split(r, "x  "), Regex.replace(r, "x  ", "[\\0]")}
r = Regex.compile!("^", ""); IO.inspect {Regex.run(r, "xx1b1", return: :index), Regex.scan(r, "xx1b1"), Regex.split(r, "xx1b1"), Regex.replace(r, "xx1b1", "[\\0]")}
r = Regex.compile!("(a*)*?", "s"); IO.inspect {Regex.run(r, " acxa", return: :index), Regex.scan(r, " acxa"), Regex.split(r, " acxa"), Regex.replace(r, " acxa", "[\\0]")}
r = Regex.compile!("(.{0,})*?", "m"); IO.inspect {Regex.run(r, " 1aaaacc", return: :index), Regex.scan(r, " 1aaaacc"), Regex.split(r, " 1aaaacc"), Regex.replace(r, " 1aaaacc", "[\\0]")}
r = Regex.compile!("(^[^a]{0,})+x(a*)", ""); IO.inspect {Regex.run(r, "", return: :index), Regex.scan(r, ""), Regex.split(r, ""), Regex.replace(r, "", "[\\0]")}
r = Regex.compile!("\\d*|[a-c]?(a)\\1", ""); IO.inspect {Regex.run(r, "11cb ", return: :index), Regex.scan(r, "11cb "), Regex.split(r, "11cb "), Regex.replace(r, "11cb ", "[\\0]")}
r = Regex.compile!("(b{1,2}[^a]*[a-c]+)??", "s"); IO.inspect {Regex.run(r, "b cacbxc", return: :index), Regex.scan(r, "b cacbxc"), Regex.split(r, "b cacbxc"), Regex.replace(r, "b cacbxc", "[\\0]")}
r = Regex.compile!("x{2}(a*)?x?", "i"); IO.inspect {Regex.run(r, "aca", return: :index), Regex.scan(r, "aca"), Regex.split(r, "aca"), Regex.replace(r, "aca", "[\\0]")}
r = Regex.compile!("a", "m"); IO.inspect {Regex.run(r, "x xc11a", return: :index), Regex.scan(r, "x xc11a"), Regex.split(r, "x xc11a"), Regex.replace(r, "x xc11a", "[\\0]")}
r = Regex.compile!("^|(x(a)\\1.{1,2}[^a])??[^a]{2}[^a]*\\s{1,2}", ""); IO.inspect {Regex.run(r, "bca", return: :index), Regex.scan(r, "bca"), Regex.split(r, "bca"), Regex.replace(r, "bca", "[\\0]")}
r = Regex.compile!("a{2,3}?(a)\\1[a-c]+?b", ""); IO.inspect {Regex.run(r, " b1", return: :index), Regex.scan(r, " b1"), Regex.split(r, " b1"), Regex.replace(r, " b1", "[\\0]")}
r = Regex.compile!("xx(\\s*?)+?((b{2}){1,2}\\s*?)??", "i"); IO.inspect {Regex.run(r, "cb1a", return: :index), Regex.scan(r, "cb1a"), Regex.split(r, "cb1a"), Regex.replace(r, "cb1a", "[\\0]")}
r = Regex.compile!("([a-c]+?a?\\w{1,2}b{2,3}?)+(a)\\1{0,}", ""); IO.inspect {Regex.run(r, "abc", return: :index), Regex.scan(r, "abc"), Regex.split(r, "abc"), Regex.replace(r, "abc", "[\\0]")}
r = Regex.compile!("((.{0,}(a|b){0,}b{1,2}^){0,}(ab|a).??){2}[^a]+|$\\s?x+", ""); IO.inspect {Regex.run(r, "  bcbb", return: :index), Regex.scan(r, "  bcbb"), Regex.split(r, "  bcbb"), Regex.replace(r, "  bcbb", "[\\0]")}
r = Regex.compile!("a+", "s"); IO.inspect {Regex.run(r, " cb x1 ", return: :index), Regex.scan(r, " cb x1 "), Regex.split(r, " cb x1 "), Regex.replace(r, " cb x1 ", "[\\0]")}
r = Regex.compile!("\\sc.+", "m"); IO.inspect {Regex.run(r, "11 xbcc ", return: :index), Regex.scan(r, "11 xbcc "), Regex.split(r, "11 xbcc "), Regex.replace(r, "11 xbcc ", "[\\0]")}
r = Regex.compile!("$\\b((a*)??)+", "i"); IO.inspect {Regex.run(r, "11xbc", return: :index), Regex.scan(r, "11xbc"), Regex.split(r, "11xbc"), Regex.replace(r, "11xbc", "[\\0]")}
r = Regex.compile!("(?:b+)+?[ab]\\d??$", ""); IO.inspect {Regex.run(r, "ac", return: :index), Regex.scan(r, "ac"), Regex.split(r, "ac"), Regex.replace(r, "ac", "[\\0]")}
r = Regex.compile!("^\\d?(a)\\1*?|c+c|\\w+?.[a-c]{2}[ab]?|$", "i"); IO.inspect {Regex.run(r, "aa1 x x1", return: :index), Regex.scan(r, "aa1 x x1"), Regex.split(r, "aa1 x x1"), Regex.replace(r, "aa1 x x1", "[\\0]")}
r = Regex.compile!("\\w\\s*(?:b+){0,}\\d+", "i"); IO.inspect {Regex.run(r, "11ccc1", return: :index), Regex.scan(r, "11ccc1"), Regex.split(r, "11ccc1"), Regex.replace(r, "11ccc1", "[\\0]")}
r = Regex.compile!("b", "s"); IO.inspect {Regex.run(r, "c c1a", return: :index), Regex.scan(r, "c c1a"), Regex.split(r, "c c1a"), Regex.replace(r, "c c1a", "[\\0]")}
# CHECK: {[{0, 2}, {-1, 0}, {0, 2}, {0, 2}, {2, 0}],
# CHECK-NEXT:  {{\[\[}}"1 ", "", "1 ", "1 ", ""], [""], ["1"], ["aa  ", "a", "  ", "  ", ""], [""]],
# CHECK-NEXT:  ["", "", "", "", "", ""], "[1 ][][1][aa  ][]"}
# CHECK-NEXT: {nil, [], ["1xx"], "1xx"}
# CHECK-NEXT: {[{5, 2}], {{\[\[}}"ab"]], ["a x  ", ""], "a x  [ab]"}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""], ["a"], ["a"], [""], [""], ["a"], [""]],
# CHECK-NEXT:  ["", "1", "", "", "x", "b", "", ""], "[]1[a][a][]x[]b[a][]"}
# CHECK-NEXT: {[{0, 3}], {{\[\[}}"x1c"]], ["", "1ax"], "[x1c]1ax"}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""], ["xcca", "", ""]], ["", "b ", ""], "[]b [xcca]"}
# CHECK-NEXT: {nil, [], ["x11xcx 1"], "x11xcx 1"}
# CHECK-NEXT: {nil, [], [""], ""}
# CHECK-NEXT: {nil, [], ["x"], "x"}
# CHECK-NEXT: {[{0, 1}], {{\[\[}}"b"], ["b"]], ["", "", "x1x1x"], "[b][b]x1x1x"}
# CHECK-NEXT: {[{0, 0}, {0, 0}],
# CHECK-NEXT:  {{\[\[}}"", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""], ["", ""]],
# CHECK-NEXT:  ["", "b", "1", "1", "c", " ", "b", ""], "[]b[]1[]1[]c[] []b[]"}
# CHECK-NEXT: {nil, [], ["x"], "x"}
# CHECK-NEXT: {[{5, 1}], {{\[\[}}" "]], ["x111x", ""], "x111x[ ]"}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""], [""], ["b"], [""], [""], [""], [""], [""], [""]],
# CHECK-NEXT:  ["", "x", "", "", "x", "x", "1", "x", "1", ""], "[]x[][b][]x[]x[]1[]x[]1[]"}
# CHECK-NEXT: {[{5, 1}], {{\[\[}}"x"]], [" 1a1a", "c"], " 1a1a[x]c"}
# CHECK-NEXT: {nil, [], [""], ""}
# CHECK-NEXT: {nil, [], [""], ""}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""]], ["", "ba1xx x"], "[]ba1xx x"}
# CHECK-NEXT: {nil, [], ["baaa1"], "baaa1"}
# CHECK-NEXT: {[{0, 1}], {{\[\[}}"b"], [""], [""], [""], ["b"], [""], [""]],
# CHECK-NEXT:  ["", "", "1", "x", " ", "", "c", ""], "[b][]1[]x[] [b][]c[]"}
# CHECK-NEXT: {[{0, 3}, {2, 1}], {{\[\[}}"bba", "a"], ["aa", "a"]], ["", "", "b"], "[bba][aa]b"}
# CHECK-NEXT: {[{0, 6}], {{\[\[}}"bacacc"]], ["", ""], "[bacacc]"}
# CHECK-NEXT: {nil, [], ["x xabb"], "x xabb"}
# CHECK-NEXT: {[{0, 0}, {0, 0}],
# CHECK-NEXT:  [
# CHECK-NEXT:    ["", ""],
# CHECK-NEXT:    ["1", ""],
# CHECK-NEXT:    ["", ""],
# CHECK-NEXT:    ["1", ""],
# CHECK-NEXT:    ["", ""],
# CHECK-NEXT:    ["1", ""],
# CHECK-NEXT:    ["", ""],
# CHECK-NEXT:    ["1", ""],
# CHECK-NEXT:    ["", ""],
# CHECK-NEXT:    [" ", ""],
# CHECK-NEXT:    ["", ""]
# CHECK-NEXT:  ], ["", "", "", "", "", "", "", "", "", "", "", ""],
# CHECK-NEXT:  "[][1][][1][][1][][1][][ ][]"}
# CHECK-NEXT: {nil, [], ["c  a"], "c  a"}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""]], [""], "[]"}
# CHECK-NEXT: {nil, [], [" b1baxxa"], " b1baxxa"}
# CHECK-NEXT: {[{5, 2}, {5, 1}, {-1, 0}, {7, 0}], {{\[\[}}"ax", "a", "", ""]], ["c x11", " "],
# CHECK-NEXT:  "c x11[ax] "}
# CHECK-NEXT: {nil, [], ["cb"], "cb"}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""]], ["", "11b"], "[]11b"}
# CHECK-NEXT: {nil, [], ["x1xxaa1"], "x1xxaa1"}
# CHECK-NEXT: {[{0, 1}, {0, 1}], {{\[\[}}"b", "b"]], ["", "aa"], "[b]aa"}
# CHECK-NEXT: {[{0, 4}, {4, 0}],
# CHECK-NEXT:  {{\[\[}}"bbbb", ""], ["", ""], ["x", ""], ["", ""], ["", ""], ["", ""]],
# CHECK-NEXT:  ["", "", "1", "", "1", " ", ""], "[bbbb][]1[x][]1[] []"}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""], ["x"], [""], ["x"], [""]], ["", "a", "", "a", "", ""],
# CHECK-NEXT:  "[]a[x][]a[x][]"}
# CHECK-NEXT: {nil, [], ["b axx1  "], "b axx1  "}
# CHECK-NEXT: {[{5, 1}, {6, 0}], {{\[\[}}"b", ""], ["", ""]], ["x1c  ", "", ""], "x1c  [b][]"}
# CHECK-NEXT: {nil, [], ["ac"], "ac"}
# CHECK-NEXT: {nil, [], ["a"], "a"}
# CHECK-NEXT: {nil, [], ["1axab "], "1axab "}
# CHECK-NEXT: {nil, [], [" "], " "}
# CHECK-NEXT: {nil, [], [" 1cxxxac"], " 1cxxxac"}
# CHECK-NEXT: {[{1, 2}], {{\[\[}}"cc"]], ["x", "b1"], "x[cc]b1"}
# CHECK-NEXT: {[{1, 1}, {1, 1}], {{\[\[}}"b", "b"]], [" ", ""], " [b]"}
# CHECK-NEXT: {[{0, 0}, {0, 0}], {{\[\[}}"", ""], [" ", " "], ["", ""]], ["", "", "", ""],
# CHECK-NEXT:  "[][ ][]"}
# CHECK-NEXT: {[{0, 0}, {-1, 0}, {0, 0}], {{\[\[}}"", "", ""]], [""], "[]"}
# CHECK-NEXT: {nil, [], [""], ""}
# CHECK-NEXT: {nil, [], ["ac"], "ac"}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""]], [""], "[]"}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""], ["a"], [""]], ["", "", "", ""], "[][a][]"}
# CHECK-NEXT: {[{0, 2}], {{\[\[}}"cc"], ["1x"]], ["", "", ""], "[cc][1x]"}
# CHECK-NEXT: {nil, [], ["c"], "c"}
# CHECK-NEXT: {nil, [], [""], ""}
# CHECK-NEXT: {[{0, 5}, {0, 5}], {{\[\[}}"  1 x", "  1 x"], ["", ""]], ["", "", ""], "[  1 x][]"}
# CHECK-NEXT: {nil, [], ["cc c"], "cc c"}
# CHECK-NEXT: {nil, [], [""], ""}
# CHECK-NEXT: {[{0, 2}], {{\[\[}}"xb"]], ["", " "], "[xb] "}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""], [""], ["c1"], [""], [""]], ["", " ", " ", "", " ", ""],
# CHECK-NEXT:  "[] [] [c1][] []"}
# CHECK-NEXT: {nil, [], ["accc1xba"], "accc1xba"}
# CHECK-NEXT: {nil, [], ["ax1xc1"], "ax1xc1"}
# CHECK-NEXT: {nil, [], ["x  "], "x  "}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""]], ["", "xx1b1"], "[]xx1b1"}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""], [""], ["a", "a"], [""], [""], [""], ["a", "a"], [""]],
# CHECK-NEXT:  ["", " ", "", "", "c", "x", "", "", ""], "[] [][a][]c[]x[][a][]"}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""], [" 1aaaacc", " 1aaaacc"], [""]], ["", "", "", ""],
# CHECK-NEXT:  "[][ 1aaaacc][]"}
# CHECK-NEXT: {nil, [], [""], ""}
# CHECK-NEXT: {[{0, 2}], {{\[\[}}"11"], [""], [""], [""], [""]], ["", "", "c", "b", " ", ""],
# CHECK-NEXT:  "[11][]c[]b[] []"}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""], ["b cacb", "b cacb"], [""], [""], [""]],
# CHECK-NEXT:  ["", "", "", "x", "c", ""], "[][b cacb][]x[]c[]"}
# CHECK-NEXT: {nil, [], ["aca"], "aca"}
# CHECK-NEXT: {[{6, 1}], {{\[\[}}"a"]], ["x xc11", ""], "x xc11[a]"}
# CHECK-NEXT: {[{0, 0}], {{\[\[}}""]], ["", "bca"], "[]bca"}
# CHECK-NEXT: {nil, [], [" b1"], " b1"}
# CHECK-NEXT: {nil, [], ["cb1a"], "cb1a"}
# CHECK-NEXT: {nil, [], ["abc"], "abc"}
# CHECK-NEXT: {nil, [], ["  bcbb"], "  bcbb"}
# CHECK-NEXT: {nil, [], [" cb x1 "], " cb x1 "}
# CHECK-NEXT: {nil, [], ["11 xbcc "], "11 xbcc "}
# CHECK-NEXT: {[{5, 0}, {5, 0}], {{\[\[}}"", ""]], ["11xbc", ""], "11xbc[]"}
# CHECK-NEXT: {nil, [], ["ac"], "ac"}
# CHECK-NEXT: {[{0, 1}, {0, 1}], {{\[\[}}"a", "a"], [""]], ["", "a1 x x1", ""], "[a]a1 x x1[]"}
# CHECK-NEXT: {[{0, 2}], {{\[\[}}"11"], ["c1"]], ["", "cc", ""], "[11]cc[c1]"}
# CHECK-NEXT: {nil, [], ["c c1a"], "c c1a"}
