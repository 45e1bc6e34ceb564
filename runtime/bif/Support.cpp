// BIF support: error raising, exception structs and common term builders (see Bif.h).
#include "bif/Bif.h"

#include "term/MapWrite.h"
#include "term/Structs.h"

namespace athanor::rt::bif {

namespace {

Term raiseWithEntry(ath_proc *proc, Term reason, Term module, Term function,
                    std::initializer_list<Term> args, int position, std::string_view why) {
  Process *p = P(proc);
  std::vector<Term> roots(args);
  roots.push_back(reason);
  ScopedRoots r(p, roots);
  uint64_t n = args.size();
  uint64_t words = 5 + (position ? 6 + HeapBuilder::binaryWords(why.size()) : 0);
  HeapBuilder b(p, words, n + 2);
  Term argList = ATH_NIL;
  for (uint64_t i = n; i-- > 0;)
    argList = b.cons(roots[i], argList);
  Term location = ATH_NIL;
  if (position) {
    Term info = b.tuple({makeSmall(position), b.binary(why)});
    location = b.cons(b.tuple({ATH_ATOM(error_info), info}), ATH_NIL);
  }
  Term entry = b.tuple({module, function, argList, location});
  Term stack = b.cons(entry, ATH_NIL);
  ath_raise(proc, ATH_ATOM(error), roots[n]);
  p->hot.exc_stack = stack;
  return ATH_NONVALUE;
}

} // namespace

Term raiseBifError(ath_proc *p, Term reason, Term module, Term function,
                   std::initializer_list<Term> args) {
  return raiseWithEntry(p, reason, module, function, args, 0, {});
}

Term badargAt(ath_proc *p, Term module, Term function, std::initializer_list<Term> args,
              int position, std::string_view why) {
  return raiseWithEntry(p, ATH_ATOM(badarg), module, function, args, position, why);
}

Term badarg(ath_proc *p, Term module, Term function, std::initializer_list<Term> args) {
  return raiseBifError(p, ATH_ATOM(badarg), module, function, args);
}

Term badarith(ath_proc *p) { return ath_error(p, ATH_ATOM(badarith)); }

Term functionClause(ath_proc *p, Term module, Term function, std::initializer_list<Term> args) {
  return raiseBifError(p, ATH_ATOM(function_clause), module, function, args);
}

Term makeStruct(Process *p, Term module, std::vector<Term> fields) {
  std::vector<Term> kv;
  kv.push_back(ATH_ATOM(__struct__));
  kv.push_back(module);
  if (const ath_struct_info *info = structInfo(module)) {
    if (info->is_exception) {
      kv.push_back(ATH_ATOM(__exception__));
      kv.push_back(ATH_ATOM(true));
    }
    for (uint32_t i = 0; i < info->field_count; ++i) {
      kv.push_back(info->fields[i]);
      kv.push_back(info->defaults ? info->defaults[i] : ATH_ATOM(nil));
    }
  } else {
    kv.push_back(ATH_ATOM(__exception__));
    kv.push_back(ATH_ATOM(true));
  }
  kv.insert(kv.end(), fields.begin(), fields.end());
  return mapFromPairs(p, kv);
}

Term raiseException(ath_proc *p, Term module, std::vector<Term> fields) {
  Term e = makeStruct(P(p), module, std::move(fields));
  return ath_raise(p, ATH_ATOM(error), e);
}

Term argumentError(ath_proc *p, std::string_view message) {
  Term m = makeBinary(P(p), message);
  return raiseException(p, ATH_ATOM(Elixir_ArgumentError), {ATH_ATOM(message), m});
}

std::string ordinal(int n) {
  switch (n) {
  case 1:
    return "1st";
  case 2:
    return "2nd";
  case 3:
    return "3rd";
  default:
    return std::to_string(n) + "th";
  }
}

Term argumentErrorAt(ath_proc *p, int position, std::string_view what) {
  std::string msg = "errors were found at the given arguments:\n\n  * " + ordinal(position) +
                    " argument: " + std::string(what) + "\n";
  return argumentError(p, msg);
}

Term elixirRaise(ath_proc *, Term r) { return r; }

Term makeBinary(Process *p, std::string_view bytes) {
  HeapBuilder b(p, HeapBuilder::binaryWords(bytes.size()), 0);
  return b.binary(bytes);
}

Term makeFloat(Process *p, double d) {
  HeapBuilder b(p, 2, 0);
  return b.floatTerm(d);
}

Term makeTuple(Process *p, std::initializer_list<Term> elems) {
  std::vector<Term> v(elems);
  ScopedRoots r(p, v);
  HeapBuilder b(p, 1 + v.size(), 0);
  return b.tupleOf(v.data(), v.size());
}

Term makeList(Process *p, std::vector<Term> &elems, Term tail) {
  elems.push_back(tail);
  ScopedRoots r(p, elems);
  uint64_t n = elems.size() - 1;
  HeapBuilder b(p, 0, n);
  Term list = elems[n];
  for (uint64_t i = n; i-- > 0;)
    list = b.cons(elems[i], list);
  elems.pop_back();
  return list;
}

Term makeBinaryList(Process *p, const std::vector<std::string_view> &pieces, Term owner) {
  uint64_t words = 0;
  for (auto s : pieces)
    words += HeapBuilder::binaryWords(s.size());
  HeapBuilder b(p, words, pieces.size());
  Term list = ATH_NIL;
  for (size_t i = pieces.size(); i-- > 0;)
    list = b.cons(b.binary(pieces[i]), list);
  keepAlive(owner);
  return list;
}

bool properLength(Term list, uint64_t &n) {
  n = 0;
  while (isCons(list)) {
    ++n;
    list = consTail(list);
  }
  return isNil(list);
}

bool listElements(Term list, std::vector<Term> &out) {
  while (isCons(list)) {
    out.push_back(consHead(list));
    list = consTail(list);
  }
  return isNil(list);
}

Term keywordGet(Term opts, Term key, Term def) {
  for (; isCons(opts); opts = consTail(opts)) {
    Term e = consHead(opts);
    if (isTuple(e) && tupleArity(e) == 2 && tupleElem(e, 0) == key)
      return tupleElem(e, 1);
  }
  return def;
}

} // namespace athanor::rt::bif
