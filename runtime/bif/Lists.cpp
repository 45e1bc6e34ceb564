// List BIFs: erlang's hd, tl, length, ++ and --, and the lists module functions the
// standard library relies on (reverse, key*, member, sort, usort, seq, nth, last, append,
// flatten, duplicate, sublist, delete, split, sum, max, min, zip). Comparisons follow
// lists: member/delete/-- match exactly (=:=), key* compare with ==, sort is a stable
// sort in term order. Errors are Erlang's: badarg from the BIFs, function_clause from the
// lists functions written in Erlang.
#include "bif/Bif.h"
#include "term/Compare.h"
#include "term/Hash.h"

#include <algorithm>
#include <unordered_map>

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

Term atom(const char *name) { return internAtom(name); }
Term listsClause(ath_proc *p, const char *fn, std::initializer_list<Term> args) {
  return functionClause(p, ATH_ATOM(lists), atom(fn), args);
}
Term listsBadarg(ath_proc *p, const char *fn, std::initializer_list<Term> args, int pos = 0,
                 std::string_view why = {}) {
  if (pos)
    return badargAt(p, ATH_ATOM(lists), atom(fn), args, pos, why);
  return badarg(p, ATH_ATOM(lists), atom(fn), args);
}

// A copy of the first n cells of `list` ending in `tail` (n <= length).
Term copyPrefix(Process *p, Term list, uint64_t n, Term tail) {
  HeapBuilder b(p, 0, n);
  if (n == 0)
    return tail;
  ath_term *first = b.cell();
  ath_term *cell = first;
  cell[0] = consHead(list);
  list = consTail(list);
  for (uint64_t i = 1; i < n; ++i) {
    ath_term *next = b.cell();
    next[0] = consHead(list);
    list = consTail(list);
    cell[1] = ath_make_cons_ptr(next);
    cell = next;
  }
  cell[1] = tail;
  return ath_make_cons_ptr(first);
}

bool isSmallAtLeast(Term t, int64_t min) { return isSmall(t) && smallValue(t) >= min; }

// The element N (1-based) of a tuple if it has one.
bool keyOf(Term e, uint64_t n, Term &key) {
  if (!isTuple(e) || tupleArity(e) < n)
    return false;
  key = tupleElem(e, n - 1);
  return true;
}

// Multiset of terms under exact equality, for --.
class TermCounts {
public:
  void add(Term t) {
    auto range = map_.equal_range(termHash(t));
    for (auto it = range.first; it != range.second; ++it)
      if (exactEqual(it->second.term, t)) {
        ++it->second.count;
        return;
      }
    map_.emplace(termHash(t), Entry{t, 1});
  }
  bool take(Term t) {
    auto range = map_.equal_range(termHash(t));
    for (auto it = range.first; it != range.second; ++it)
      if (it->second.count > 0 && exactEqual(it->second.term, t)) {
        --it->second.count;
        return true;
      }
    return false;
  }

private:
  struct Entry {
    Term term;
    uint64_t count;
  };
  std::unordered_multimap<uint64_t, Entry> map_;
};

} // namespace

// ---- erlang ----

ATH_BIF ath_bif_erlang_hd(ath_proc *p, ath_term l) {
  if (!isCons(l))
    return badargErlAt(p, atom("hd"), {l}, 1, "not a nonempty list");
  return consHead(l);
}

ATH_BIF ath_bif_erlang_tl(ath_proc *p, ath_term l) {
  if (!isCons(l))
    return badargErlAt(p, atom("tl"), {l}, 1, "not a nonempty list");
  return consTail(l);
}

ATH_BIF ath_bif_erlang_length(ath_proc *p, ath_term l) {
  uint64_t n;
  if (!properLength(l, n))
    return badargErlAt(p, atom("length"), {l}, 1, "not a list");
  return makeSmall(static_cast<int64_t>(n));
}

ATH_BIF ath_bif_erlang_append(ath_proc *p, ath_term a, ath_term b) {
  uint64_t n;
  if (!properLength(a, n))
    return badargErl(p, atom("++"), {a, b});
  if (n == 0)
    return b;
  return copyPrefix(P(p), a, n, b);
}

ATH_BIF ath_bif_erlang_subtract(ath_proc *p, ath_term a, ath_term b) {
  uint64_t na, nb;
  if (!properLength(a, na) || !properLength(b, nb))
    return badargErl(p, atom("--"), {a, b});
  if (na == 0 || nb == 0)
    return a;
  // Decide which elements of `a` survive, then build (a single reservation).
  std::vector<bool> keep(na, true);
  uint64_t kept = na;
  if (nb <= 8) {
    std::vector<Term> remove;
    listElements(b, remove);
    std::vector<bool> used(remove.size(), false);
    uint64_t i = 0;
    for (Term c = a; isCons(c); c = consTail(c), ++i)
      for (size_t j = 0; j < remove.size(); ++j)
        if (!used[j] && exactEqual(remove[j], consHead(c))) {
          used[j] = true;
          keep[i] = false;
          --kept;
          break;
        }
  } else {
    TermCounts counts;
    for (Term c = b; isCons(c); c = consTail(c))
      counts.add(consHead(c));
    uint64_t i = 0;
    for (Term c = a; isCons(c); c = consTail(c), ++i)
      if (counts.take(consHead(c))) {
        keep[i] = false;
        --kept;
      }
  }
  HeapBuilder hb(P(p), 0, kept);
  std::vector<Term> out;
  out.reserve(kept);
  uint64_t i = 0;
  for (Term c = a; isCons(c); c = consTail(c), ++i)
    if (keep[i])
      out.push_back(consHead(c));
  Term list = ATH_NIL;
  for (size_t j = out.size(); j-- > 0;)
    list = hb.cons(out[j], list);
  return list;
}

// ---- lists ----

ATH_BIF ath_bif_lists_reverse(ath_proc *p, ath_term l) {
  uint64_t n;
  if (!properLength(l, n))
    return listsClause(p, "reverse", {l});
  HeapBuilder b(P(p), 0, n);
  Term r = ATH_NIL;
  for (Term c = l; isCons(c); c = consTail(c))
    r = b.cons(consHead(c), r);
  return r;
}

ATH_BIF ath_bif_lists_reverse2(ath_proc *p, ath_term l, ath_term tail) {
  uint64_t n;
  if (!properLength(l, n))
    return listsBadarg(p, "reverse", {l, tail});
  HeapBuilder b(P(p), 0, n);
  Term r = tail;
  for (Term c = l; isCons(c); c = consTail(c))
    r = b.cons(consHead(c), r);
  return r;
}

ATH_BIF ath_bif_lists_keyfind(ath_proc *p, ath_term key, ath_term n, ath_term l) {
  if (!isSmallAtLeast(n, 1))
    return listsBadarg(p, "keyfind", {key, n, l}, 2, "out of range");
  uint64_t k = static_cast<uint64_t>(smallValue(n));
  Term c = l;
  for (; isCons(c); c = consTail(c)) {
    Term e = consHead(c), ek;
    if (keyOf(e, k, ek) && equalTerms(ek, key))
      return e;
  }
  if (!isNil(c))
    return listsBadarg(p, "keyfind", {key, n, l}, 3, "not a list");
  return ATH_ATOM(false);
}

ATH_BIF ath_bif_lists_keymember(ath_proc *p, ath_term key, ath_term n, ath_term l) {
  Term r = ath_bif_lists_keyfind(p, key, n, l);
  if (r == ATH_NONVALUE)
    return r;
  return boolTerm(r != ATH_ATOM(false));
}

ATH_BIF ath_bif_lists_keydelete(ath_proc *p, ath_term key, ath_term n, ath_term l) {
  uint64_t len;
  if (!isSmallAtLeast(n, 1) || !properLength(l, len))
    return listsClause(p, "keydelete", {key, n, l});
  uint64_t k = static_cast<uint64_t>(smallValue(n)), i = 0;
  for (Term c = l; isCons(c); c = consTail(c), ++i) {
    Term ek;
    if (keyOf(consHead(c), k, ek) && equalTerms(ek, key))
      return copyPrefix(P(p), l, i, consTail(c));
  }
  return l;
}

ATH_BIF ath_bif_lists_keyreplace(ath_proc *p, ath_term key, ath_term n, ath_term l,
                                 ath_term repl) {
  uint64_t len;
  if (!isSmallAtLeast(n, 1) || !isTuple(repl) || !properLength(l, len))
    return listsClause(p, "keyreplace", {key, n, l, repl});
  uint64_t k = static_cast<uint64_t>(smallValue(n)), i = 0;
  for (Term c = l; isCons(c); c = consTail(c), ++i) {
    Term ek;
    if (keyOf(consHead(c), k, ek) && equalTerms(ek, key)) {
      HeapBuilder b(P(p), 0, 1);
      Term rest = b.cons(repl, consTail(c));
      return copyPrefix(P(p), l, i, rest);
    }
  }
  return l;
}

ATH_BIF ath_bif_lists_keystore(ath_proc *p, ath_term key, ath_term n, ath_term l, ath_term repl) {
  uint64_t len;
  if (!isSmallAtLeast(n, 1) || !isTuple(repl) || !properLength(l, len))
    return listsClause(p, "keystore", {key, n, l, repl});
  uint64_t k = static_cast<uint64_t>(smallValue(n)), i = 0;
  for (Term c = l; isCons(c); c = consTail(c), ++i) {
    Term ek;
    if (keyOf(consHead(c), k, ek) && equalTerms(ek, key)) {
      HeapBuilder b(P(p), 0, 1);
      Term rest = b.cons(repl, consTail(c));
      return copyPrefix(P(p), l, i, rest);
    }
  }
  HeapBuilder b(P(p), 0, 1);
  Term last = b.cons(repl, ATH_NIL);
  return copyPrefix(P(p), l, len, last);
}

ATH_BIF ath_bif_lists_keysort(ath_proc *p, ath_term n, ath_term l) {
  std::vector<Term> v;
  if (!isSmallAtLeast(n, 1) || !listElements(l, v))
    return listsClause(p, "keysort", {n, l});
  uint64_t k = static_cast<uint64_t>(smallValue(n));
  for (Term e : v) {
    Term ek;
    if (!keyOf(e, k, ek))
      return listsBadarg(p, "keysort", {n, l});
  }
  std::stable_sort(v.begin(), v.end(), [k](Term a, Term b) {
    return compareTerms(tupleElem(a, k - 1), tupleElem(b, k - 1)) < 0;
  });
  return makeList(P(p), v);
}

ATH_BIF ath_bif_lists_member(ath_proc *p, ath_term x, ath_term l) {
  Term c = l;
  for (; isCons(c); c = consTail(c))
    if (exactEqual(consHead(c), x))
      return ATH_ATOM(true);
  if (!isNil(c))
    return listsBadarg(p, "member", {x, l}, 2, "not a list");
  return ATH_ATOM(false);
}

ATH_BIF ath_bif_lists_sort(ath_proc *p, ath_term l) {
  std::vector<Term> v;
  if (!listElements(l, v))
    return listsClause(p, "sort", {l});
  std::stable_sort(v.begin(), v.end(), [](Term a, Term b) { return compareTerms(a, b) < 0; });
  return makeList(P(p), v);
}

ATH_BIF ath_bif_lists_usort(ath_proc *p, ath_term l) {
  std::vector<Term> v;
  if (!listElements(l, v))
    return listsClause(p, "usort", {l});
  std::stable_sort(v.begin(), v.end(), [](Term a, Term b) { return compareTerms(a, b) < 0; });
  auto end = std::unique(v.begin(), v.end(), [](Term a, Term b) { return equalTerms(a, b); });
  v.erase(end, v.end());
  return makeList(P(p), v);
}

namespace {
Term seq(ath_proc *p, Term from, Term to, Term inc, bool three) {
  auto fail = [&] {
    return three ? listsBadarg(p, "seq", {from, to, inc}, 3, "not a positive increment")
                 : listsClause(p, "seq", {from, to});
  };
  if (!isSmall(from) || !isSmall(to) || !isSmall(inc))
    return three ? listsClause(p, "seq", {from, to, inc}) : listsClause(p, "seq", {from, to});
  int64_t f = smallValue(from), t = smallValue(to), i = smallValue(inc);
  bool ok = (i > 0 && f - i <= t) || (i < 0 && f - i >= t) || (i == 0 && f == t);
  if (!ok)
    return fail();
  uint64_t n = i == 0 ? 1 : static_cast<uint64_t>((t - f) / i + 1);
  if (i > 0 ? f > t : (i < 0 ? f < t : false))
    n = 0;
  HeapBuilder b(P(p), 0, n);
  Term list = ATH_NIL;
  for (uint64_t k = n; k-- > 0;)
    list = b.cons(makeSmall(f + static_cast<int64_t>(k) * i), list);
  return list;
}
} // namespace

ATH_BIF ath_bif_lists_seq(ath_proc *p, ath_term from, ath_term to) {
  return seq(p, from, to, makeSmall(1), false);
}
ATH_BIF ath_bif_lists_seq3(ath_proc *p, ath_term from, ath_term to, ath_term inc) {
  return seq(p, from, to, inc, true);
}

ATH_BIF ath_bif_lists_nth(ath_proc *p, ath_term n, ath_term l) {
  if (isSmallAtLeast(n, 1)) {
    Term c = l;
    for (int64_t i = 1; isCons(c); c = consTail(c), ++i)
      if (i == smallValue(n))
        return consHead(c);
  }
  return listsClause(p, "nth", {n, l});
}

ATH_BIF ath_bif_lists_last(ath_proc *p, ath_term l) {
  if (!isCons(l))
    return listsClause(p, "last", {l});
  while (isCons(consTail(l)))
    l = consTail(l);
  return consHead(l);
}

ATH_BIF ath_bif_lists_append(ath_proc *p, ath_term lists) {
  std::vector<Term> parts;
  if (!listElements(lists, parts))
    return listsClause(p, "append", {lists});
  if (parts.empty())
    return ATH_NIL;
  std::vector<Term> elems;
  for (size_t i = 0; i + 1 < parts.size(); ++i)
    if (!listElements(parts[i], elems))
      return listsBadarg(p, "append", {lists});
  return makeList(P(p), elems, parts.back());
}

ATH_BIF ath_bif_lists_append2(ath_proc *p, ath_term a, ath_term b) {
  return ath_bif_erlang_append(p, a, b);
}

namespace {
// Elements of a deep list in order; false if some level is not a proper list.
bool flattenInto(Term list, std::vector<Term> &out) {
  std::vector<Term> pending{list};
  while (!pending.empty()) {
    Term t = pending.back();
    pending.pop_back();
    for (; isCons(t); t = consTail(t)) {
      Term e = consHead(t);
      if (isCons(e)) {
        pending.push_back(consTail(t));
        pending.push_back(e);
        t = ATH_NIL;
        break;
      }
      if (!isNil(e))
        out.push_back(e);
    }
    if (!isNil(t))
      return false;
  }
  return true;
}
} // namespace

ATH_BIF ath_bif_lists_flatten(ath_proc *p, ath_term l) {
  std::vector<Term> v;
  if (!flattenInto(l, v))
    return listsClause(p, "flatten", {l});
  return makeList(P(p), v);
}

ATH_BIF ath_bif_lists_flatten2(ath_proc *p, ath_term l, ath_term tail) {
  std::vector<Term> v;
  if (!flattenInto(l, v))
    return listsClause(p, "flatten", {l, tail});
  return makeList(P(p), v, tail);
}

ATH_BIF ath_bif_lists_duplicate(ath_proc *p, ath_term n, ath_term x) {
  if (!isSmallAtLeast(n, 0))
    return listsClause(p, "duplicate", {n, x});
  uint64_t k = static_cast<uint64_t>(smallValue(n));
  HeapBuilder b(P(p), 0, k);
  Term list = ATH_NIL;
  for (uint64_t i = 0; i < k; ++i)
    list = b.cons(x, list);
  return list;
}

ATH_BIF ath_bif_lists_sublist(ath_proc *p, ath_term l, ath_term n) {
  uint64_t len;
  if (!isSmallAtLeast(n, 0) || !isList(l))
    return listsClause(p, "sublist", {l, n});
  properLength(l, len); // counts the proper prefix either way
  uint64_t k = std::min<uint64_t>(len, static_cast<uint64_t>(smallValue(n)));
  return copyPrefix(P(p), l, k, ATH_NIL);
}

ATH_BIF ath_bif_lists_sublist3(ath_proc *p, ath_term l, ath_term start, ath_term n) {
  uint64_t len;
  if (!isSmallAtLeast(start, 1) || !isSmallAtLeast(n, 0) || !isList(l))
    return listsClause(p, "sublist", {l, start, n});
  properLength(l, len);
  uint64_t s = static_cast<uint64_t>(smallValue(start));
  if (s > len + 1)
    return ATH_NIL;
  Term c = l;
  for (uint64_t i = 1; i < s; ++i)
    c = consTail(c);
  uint64_t k = std::min<uint64_t>(len - (s - 1), static_cast<uint64_t>(smallValue(n)));
  return copyPrefix(P(p), c, k, ATH_NIL);
}

ATH_BIF ath_bif_lists_delete(ath_proc *p, ath_term x, ath_term l) {
  uint64_t len;
  if (!properLength(l, len))
    return listsClause(p, "delete", {x, l});
  uint64_t i = 0;
  for (Term c = l; isCons(c); c = consTail(c), ++i)
    if (exactEqual(consHead(c), x))
      return copyPrefix(P(p), l, i, consTail(c));
  return l;
}

ATH_BIF ath_bif_lists_split(ath_proc *p, ath_term n, ath_term l) {
  uint64_t len;
  if (!isSmallAtLeast(n, 0) || !properLength(l, len) ||
      static_cast<uint64_t>(smallValue(n)) > len)
    return listsBadarg(p, "split", {n, l});
  uint64_t k = static_cast<uint64_t>(smallValue(n));
  Term rest = l;
  for (uint64_t i = 0; i < k; ++i)
    rest = consTail(rest);
  Term front = copyPrefix(P(p), l, k, ATH_NIL);
  return makeTuple(P(p), {front, rest});
}

extern "C" ath_term ath_bif_erlang_add(ath_proc *p, ath_term a, ath_term b);

ATH_BIF ath_bif_lists_sum(ath_proc *p, ath_term l) {
  Term acc = makeSmall(0), c = l;
  for (; isCons(c); c = consTail(c)) {
    acc = ath_bif_erlang_add(p, acc, consHead(c));
    if (acc == ATH_NONVALUE)
      return acc;
  }
  if (!isNil(c))
    return listsClause(p, "sum", {l});
  return acc;
}

ATH_BIF ath_bif_lists_max(ath_proc *p, ath_term l) {
  uint64_t len;
  if (!isCons(l) || !properLength(l, len))
    return listsClause(p, "max", {l});
  Term best = consHead(l);
  for (Term c = consTail(l); isCons(c); c = consTail(c))
    if (compareTerms(consHead(c), best) > 0)
      best = consHead(c);
  return best;
}

ATH_BIF ath_bif_lists_min(ath_proc *p, ath_term l) {
  uint64_t len;
  if (!isCons(l) || !properLength(l, len))
    return listsClause(p, "min", {l});
  Term best = consHead(l);
  for (Term c = consTail(l); isCons(c); c = consTail(c))
    if (compareTerms(consHead(c), best) < 0)
      best = consHead(c);
  return best;
}

ATH_BIF ath_bif_lists_zip(ath_proc *p, ath_term a, ath_term b) {
  uint64_t na, nb;
  if (!properLength(a, na) || !properLength(b, nb) || na != nb)
    return listsClause(p, "zip", {a, b});
  HeapBuilder hb(P(p), 3 * na, na);
  std::vector<Term> tuples;
  tuples.reserve(na);
  for (Term x = a, y = b; isCons(x); x = consTail(x), y = consTail(y))
    tuples.push_back(hb.tuple({consHead(x), consHead(y)}));
  Term list = ATH_NIL;
  for (size_t i = tuples.size(); i-- > 0;)
    list = hb.cons(tuples[i], list);
  return list;
}
