// The process dictionary: put/get/erase. Stored in the PCB (a collector root) as a list of
// {key, value} tuples in insertion order (Erlang's order is its hash table's; for small
// dictionaries new keys come last, as here). Keys compare exactly (=:=).
#include "bif/Bif.h"
#include "term/Compare.h"

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

// Position of `key` in the dictionary, or -1.
int64_t find(Term dict, Term key, Term &value) {
  int64_t i = 0;
  for (Term c = dict; isCons(c); c = consTail(c), ++i)
    if (exactEqual(tupleElem(consHead(c), 0), key)) {
      value = tupleElem(consHead(c), 1);
      return i;
    }
  value = ATH_ATOM(undefined);
  return -1;
}

// The dictionary with entry `at` replaced by `entry` (0: removed), or with `entry` appended
// when at < 0. The list is rebuilt up to the change; the rest is shared.
Term rebuild(Process *p, int64_t at, Term key, Term value) {
  uint64_t n;
  properLength(p->dictionary, n);
  uint64_t copied = at < 0 ? n : static_cast<uint64_t>(at);
  bool insert = value != ATH_NONVALUE;
  HeapBuilder b(p, insert ? 3 : 0, copied + (insert ? 1 : 0));
  std::vector<Term> prefix;
  Term d = p->dictionary; // read after the reservation: it may have moved
  for (uint64_t i = 0; i < copied; ++i, d = consTail(d))
    prefix.push_back(consHead(d));
  Term rest = at < 0 ? ATH_NIL : consTail(d);
  if (insert)
    rest = b.cons(b.tuple({key, value}), rest);
  for (size_t i = prefix.size(); i-- > 0;)
    rest = b.cons(prefix[i], rest);
  return rest;
}

} // namespace

ATH_BIF ath_bif_erlang_put(ath_proc *proc, ath_term key, ath_term value) {
  Process *p = P(proc);
  Term old;
  int64_t at = find(p->dictionary, key, old);
  p->dictionary = rebuild(p, at, key, value);
  return old;
}

ATH_BIF ath_bif_erlang_get(ath_proc *proc, ath_term key) {
  Term value;
  find(P(proc)->dictionary, key, value);
  return value;
}

ATH_BIF ath_bif_erlang_get0(ath_proc *proc) { return P(proc)->dictionary; }

ATH_BIF ath_bif_erlang_erase(ath_proc *proc, ath_term key) {
  Process *p = P(proc);
  Term old;
  int64_t at = find(p->dictionary, key, old);
  if (at >= 0)
    p->dictionary = rebuild(p, at, key, ATH_NONVALUE);
  return old;
}
