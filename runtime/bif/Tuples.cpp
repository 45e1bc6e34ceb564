// erlang tuple BIFs: element/setelement (1-based), tuple_size, make_tuple,
// append/delete/insert_element, tuple_to_list, list_to_tuple.
#include "bif/Bif.h"

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

// A 1-based index in [1, limit], or 0.
uint64_t indexIn(Term i, uint64_t limit) {
  if (!isSmall(i) || smallValue(i) < 1 || static_cast<uint64_t>(smallValue(i)) > limit)
    return 0;
  return static_cast<uint64_t>(smallValue(i));
}

Term atom(const char *name) { return internAtom(name); }

} // namespace

ATH_BIF ath_bif_erlang_element(ath_proc *p, ath_term i, ath_term t) {
  if (isTuple(t) && isSmall(i)) {
    uint64_t k = indexIn(i, tupleArity(t));
    if (k)
      return tupleElem(t, k - 1);
  }
  if (!isInteger(i))
    return badargErlAt(p, atom("element"), {i, t}, 1, "not an integer");
  if (!isTuple(t))
    return badargErlAt(p, atom("element"), {i, t}, 2, "not a tuple");
  return badargErlAt(p, atom("element"), {i, t}, 1, "out of range");
}

ATH_BIF ath_bif_erlang_setelement(ath_proc *p, ath_term i, ath_term t, ath_term v) {
  if (!isInteger(i))
    return badargErlAt(p, atom("setelement"), {i, t, v}, 1, "not an integer");
  if (!isTuple(t))
    return badargErlAt(p, atom("setelement"), {i, t, v}, 2, "not a tuple");
  uint64_t n = tupleArity(t), k = indexIn(i, n);
  if (!k)
    return badargErlAt(p, atom("setelement"), {i, t, v}, 1, "out of range");
  HeapBuilder b(P(p), 1 + n, 0);
  Term r = b.tupleOf(tupleElems(t), n);
  ath_boxed_ptr(r)[k] = v;
  return r;
}

ATH_BIF ath_bif_erlang_tuple_size(ath_proc *p, ath_term t) {
  if (!isTuple(t))
    return badargErlAt(p, atom("tuple_size"), {t}, 1, "not a tuple");
  return makeSmall(static_cast<int64_t>(tupleArity(t)));
}

ATH_BIF ath_bif_erlang_make_tuple(ath_proc *p, ath_term n, ath_term v) {
  if (!isInteger(n))
    return badargErlAt(p, atom("make_tuple"), {n, v}, 1, "not an integer");
  if (!isSmall(n) || smallValue(n) < 0 || smallValue(n) > (int64_t(1) << 24))
    return badargErlAt(p, atom("make_tuple"), {n, v}, 1, "out of range");
  uint64_t k = static_cast<uint64_t>(smallValue(n));
  HeapBuilder b(P(p), 1 + k, 0);
  uint64_t *w = b.words(1 + k);
  w[0] = ath_make_header(ATH_T_TUPLE, k);
  for (uint64_t j = 0; j < k; ++j)
    w[1 + j] = v;
  return ath_make_boxed(w);
}

ATH_BIF ath_bif_erlang_append_element(ath_proc *p, ath_term t, ath_term v) {
  if (!isTuple(t))
    return badargErlAt(p, atom("append_element"), {t, v}, 1, "not a tuple");
  uint64_t n = tupleArity(t);
  HeapBuilder b(P(p), 2 + n, 0);
  uint64_t *w = b.words(2 + n);
  w[0] = ath_make_header(ATH_T_TUPLE, n + 1);
  std::copy(tupleElems(t), tupleElems(t) + n, w + 1);
  w[1 + n] = v;
  return ath_make_boxed(w);
}

ATH_BIF ath_bif_erlang_delete_element(ath_proc *p, ath_term i, ath_term t) {
  if (!isInteger(i))
    return badargErlAt(p, atom("delete_element"), {i, t}, 1, "not an integer");
  if (!isTuple(t))
    return badargErlAt(p, atom("delete_element"), {i, t}, 2, "not a tuple");
  uint64_t n = tupleArity(t), k = indexIn(i, n);
  if (!k)
    return badargErlAt(p, atom("delete_element"), {i, t}, 1, "out of range");
  HeapBuilder b(P(p), n, 0);
  uint64_t *w = b.words(n);
  w[0] = ath_make_header(ATH_T_TUPLE, n - 1);
  for (uint64_t j = 0, o = 1; j < n; ++j)
    if (j != k - 1)
      w[o++] = tupleElem(t, j);
  return ath_make_boxed(w);
}

ATH_BIF ath_bif_erlang_insert_element(ath_proc *p, ath_term i, ath_term t, ath_term v) {
  if (!isInteger(i))
    return badargErlAt(p, atom("insert_element"), {i, t, v}, 1, "not an integer");
  if (!isTuple(t))
    return badargErlAt(p, atom("insert_element"), {i, t, v}, 2, "not a tuple");
  uint64_t n = tupleArity(t), k = indexIn(i, n + 1);
  if (!k)
    return badargErlAt(p, atom("insert_element"), {i, t, v}, 1, "out of range");
  HeapBuilder b(P(p), 2 + n, 0);
  uint64_t *w = b.words(2 + n);
  w[0] = ath_make_header(ATH_T_TUPLE, n + 1);
  for (uint64_t j = 0, o = 0; j <= n; ++j)
    w[1 + j] = j == k - 1 ? v : tupleElem(t, o++);
  return ath_make_boxed(w);
}

ATH_BIF ath_bif_erlang_tuple_to_list(ath_proc *p, ath_term t) {
  if (!isTuple(t))
    return badargErlAt(p, atom("tuple_to_list"), {t}, 1, "not a tuple");
  uint64_t n = tupleArity(t);
  HeapBuilder b(P(p), 0, n);
  Term list = ATH_NIL;
  for (uint64_t j = n; j-- > 0;)
    list = b.cons(tupleElem(t, j), list);
  return list;
}

ATH_BIF ath_bif_erlang_list_to_tuple(ath_proc *p, ath_term l) {
  uint64_t n;
  if (!properLength(l, n))
    return badargErlAt(p, atom("list_to_tuple"), {l}, 1, "not a list");
  HeapBuilder b(P(p), 1 + n, 0);
  uint64_t *w = b.words(1 + n);
  w[0] = ath_make_header(ATH_T_TUPLE, n);
  uint64_t j = 1;
  for (Term c = l; isCons(c); c = consTail(c))
    w[j++] = consHead(c);
  return ath_make_boxed(w);
}
