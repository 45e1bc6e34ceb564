// The maps module BIFs, erlang:map_size/map_get, and the map helpers generated code calls
// for literals, updates and patterns (ath_map_new, ath_map_update, ath_map_put_many,
// ath_map_find; rt.h). Errors are Erlang's: {:badmap, m} for a non-map, {:badkey, k}
// with the BIF in the stacktrace (so KeyError shows the map, as in Elixir), :badarg for
// malformed lists. Iteration (keys, values, to_list) is in map-key order (term/Map.h).
#include "bif/Bif.h"
#include "term/BeamMapOrder.h"
#include "term/Map.h"
#include "term/MapWrite.h"

using namespace athanor::rt;
using namespace athanor::rt::bif;

namespace {

Term atom(const char *name) { return internAtom(name); }

Term badmap(ath_proc *p, Term m, Term module, const char *fn, std::initializer_list<Term> args) {
  std::vector<Term> keep(args);
  ScopedRoots r(P(p), keep);
  Term reason = makeTuple(P(p), {ATH_ATOM(badmap), m});
  (void)keep;
  return raiseBifError(p, reason, module, atom(fn), args);
}

Term badkey(ath_proc *p, Term k, Term module, const char *fn, std::initializer_list<Term> args) {
  Term reason = makeTuple(P(p), {ATH_ATOM(badkey), k});
  return raiseBifError(p, reason, module, atom(fn), args);
}

enum class Part { Keys, Values, Pairs };

Term mapList(ath_proc *p, Term m, Part part) {
  uint64_t n = mapSize(m);
  HeapBuilder b(P(p), part == Part::Pairs ? 3 * n : 0, n);
  auto entries = mapEntriesListOrder(m); // after the reservation: no collection from here on
  Term list = ATH_NIL;
  for (size_t i = entries.size(); i-- > 0;) {
    Term e = part == Part::Keys     ? entries[i].first
             : part == Part::Values ? entries[i].second
                                    : b.tuple({entries[i].first, entries[i].second});
    list = b.cons(e, list);
  }
  return list;
}

} // namespace

ATH_BIF ath_bif_maps_get(ath_proc *p, ath_term k, ath_term m) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "get", {k, m});
  if (auto v = mapGet(m, k))
    return *v;
  return badkey(p, k, ATH_ATOM(maps), "get", {k, m});
}

// `map.field` on a map: the field, or the error Elixir 1.14 raises, {:badkey, field, map}
// (rescue turns it into a KeyError naming the map).
ATH_BIF ath_bif_athanor_map_field(ath_proc *p, ath_term k, ath_term m) {
  if (auto v = mapGet(m, k))
    return *v;
  return ath_error(p, makeTuple(P(p), {ATH_ATOM(badkey), k, m}));
}

ATH_BIF ath_bif_maps_get3(ath_proc *p, ath_term k, ath_term m, ath_term def) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "get", {k, m, def});
  if (auto v = mapGet(m, k))
    return *v;
  return def;
}

ATH_BIF ath_bif_maps_find(ath_proc *p, ath_term k, ath_term m) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "find", {k, m});
  if (auto v = mapGet(m, k))
    return makeTuple(P(p), {ATH_ATOM(ok), *v});
  return ATH_ATOM(error);
}

ATH_BIF ath_bif_maps_put(ath_proc *p, ath_term k, ath_term v, ath_term m) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "put", {k, v, m});
  return mapPut(P(p), m, k, v);
}

ATH_BIF ath_bif_maps_update(ath_proc *p, ath_term k, ath_term v, ath_term m) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "update", {k, v, m});
  if (!mapGet(m, k))
    return badkey(p, k, ATH_ATOM(maps), "update", {k, v, m});
  return mapPut(P(p), m, k, v);
}

ATH_BIF ath_bif_maps_remove(ath_proc *p, ath_term k, ath_term m) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "remove", {k, m});
  return mapRemove(P(p), m, k);
}

ATH_BIF ath_bif_maps_take(ath_proc *p, ath_term k, ath_term m) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "take", {k, m});
  auto v = mapGet(m, k);
  if (!v)
    return ATH_ATOM(error);
  Term value = *v;
  Term rest = mapRemove(P(p), m, k);
  return makeTuple(P(p), {value, rest});
}

ATH_BIF ath_bif_maps_merge(ath_proc *p, ath_term a, ath_term b) {
  if (!isMap(a))
    return badmap(p, a, ATH_ATOM(maps), "merge", {a, b});
  if (!isMap(b))
    return badmap(p, b, ATH_ATOM(maps), "merge", {a, b});
  return mapMerge(P(p), a, b);
}

ATH_BIF ath_bif_maps_keys(ath_proc *p, ath_term m) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "keys", {m});
  return mapList(p, m, Part::Keys);
}

ATH_BIF ath_bif_maps_values(ath_proc *p, ath_term m) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "values", {m});
  return mapList(p, m, Part::Values);
}

ATH_BIF ath_bif_maps_to_list(ath_proc *p, ath_term m) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "to_list", {m});
  return mapList(p, m, Part::Pairs);
}

ATH_BIF ath_bif_maps_from_list(ath_proc *p, ath_term l) {
  std::vector<Term> kv;
  Term c = l;
  for (; isCons(c); c = consTail(c)) {
    Term e = consHead(c);
    if (!isTuple(e) || tupleArity(e) != 2)
      return badarg(p, ATH_ATOM(maps), atom("from_list"), {l});
    kv.push_back(tupleElem(e, 0));
    kv.push_back(tupleElem(e, 1));
  }
  if (!isNil(c))
    return badargAt(p, ATH_ATOM(maps), atom("from_list"), {l}, 1, "not a proper list");
  return mapFromPairs(P(p), kv);
}

ATH_BIF ath_bif_maps_from_keys(ath_proc *p, ath_term keys, ath_term v) {
  std::vector<Term> kv;
  Term c = keys;
  for (; isCons(c); c = consTail(c)) {
    kv.push_back(consHead(c));
    kv.push_back(v);
  }
  if (!isNil(c))
    return badargAt(p, ATH_ATOM(maps), atom("from_keys"), {keys, v}, 1, "not a list");
  return mapFromPairs(P(p), kv);
}

ATH_BIF ath_bif_maps_is_key(ath_proc *p, ath_term k, ath_term m) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "is_key", {k, m});
  return boolTerm(mapGet(m, k).has_value());
}

ATH_BIF ath_bif_maps_new(ath_proc *) { return emptyMap(); }

ATH_BIF ath_bif_maps_size(ath_proc *p, ath_term m) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "size", {m});
  return makeSmall(static_cast<int64_t>(mapSize(m)));
}

ATH_BIF ath_bif_maps_with(ath_proc *p, ath_term keys, ath_term m) {
  uint64_t n;
  if (!properLength(keys, n))
    return badargAt(p, ATH_ATOM(maps), atom("with"), {keys, m}, 1, "not a list");
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "with", {keys, m});
  std::vector<Term> kv;
  for (Term c = keys; isCons(c); c = consTail(c))
    if (auto v = mapGet(m, consHead(c))) {
      kv.push_back(consHead(c));
      kv.push_back(*v);
    }
  return mapFromPairs(P(p), kv);
}

ATH_BIF ath_bif_maps_without(ath_proc *p, ath_term keys, ath_term m) {
  uint64_t n;
  if (!properLength(keys, n))
    return badargAt(p, ATH_ATOM(maps), atom("without"), {keys, m}, 1, "not a list");
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(maps), "without", {keys, m});
  Term acc = m;
  for (Term c = keys; isCons(c); c = consTail(c))
    acc = mapRemove(P(p), acc, consHead(c));
  return acc;
}

ATH_BIF ath_bif_erlang_map_size(ath_proc *p, ath_term m) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(erlang), "map_size", {m});
  return makeSmall(static_cast<int64_t>(mapSize(m)));
}

ATH_BIF ath_bif_erlang_map_get(ath_proc *p, ath_term k, ath_term m) {
  if (!isMap(m))
    return badmap(p, m, ATH_ATOM(erlang), "map_get", {k, m});
  if (auto v = mapGet(m, k))
    return *v;
  return badkey(p, k, ATH_ATOM(erlang), "map_get", {k, m});
}

// ---- helpers for generated code (rt.h) ----

extern "C" ath_term ath_map_new(ath_proc *p, uint64_t n, const ath_term *kv) {
  std::vector<Term> pairs(kv, kv + 2 * n);
  return mapFromPairs(P(p), pairs);
}

extern "C" ath_term ath_map_put_many(ath_proc *p, ath_term map, uint64_t n, const ath_term *kv) {
  if (!isMap(map))
    return ath_error_tagged(p, ATH_ATOM(badmap), map);
  std::vector<Term> pairs(kv, kv + 2 * n);
  return mapPutPairs(P(p), map, pairs);
}

extern "C" ath_term ath_map_update(ath_proc *p, ath_term map, uint64_t n, const ath_term *kv) {
  if (!isMap(map))
    return ath_error_tagged(p, ATH_ATOM(badmap), map);
  for (uint64_t i = 0; i < n; ++i)
    if (!mapGet(map, kv[2 * i]))
      return ath_error_tagged(p, ATH_ATOM(badkey), kv[2 * i]);
  std::vector<Term> pairs(kv, kv + 2 * n);
  return mapPutPairs(P(p), map, pairs);
}

extern "C" ath_term ath_map_find(ath_term map, ath_term key) {
  if (!isMap(map))
    return ATH_NONVALUE;
  auto v = mapGet(map, key);
  return v ? *v : ATH_NONVALUE;
}
