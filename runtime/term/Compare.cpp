// Term comparison: Erlang's term order, with exact big integer/float comparison.
#include "term/Compare.h"

#include "term/Atoms.h"
#include "term/Map.h"

#include <gmp.h>

namespace athanor::rt {

namespace {

// Type classes in term order.
enum Rank { kNumber, kAtom, kRef, kFun, kPid, kTuple, kMap, kNil, kList, kBinary };

Rank rankOf(Term t) {
  if (isSmall(t))
    return kNumber;
  switch (t & ATH_TAG_MASK) {
  case ATH_TAG_ATOM:
    return kAtom;
  case ATH_TAG_CONS:
    return kList;
  case ATH_TAG_IMM:
    return isNil(t) ? kNil : kPid;
  default:
    break;
  }
  switch (boxedType(t)) {
  case ATH_T_TUPLE:
    return kTuple;
  case ATH_T_BIGPOS:
  case ATH_T_BIGNEG:
  case ATH_T_FLOAT:
    return kNumber;
  case ATH_T_BINARY:
    return kBinary;
  case ATH_T_MAP:
  case ATH_T_HAMT:
    return kMap;
  case ATH_T_FUN:
    return kFun;
  case ATH_T_REF:
    return kRef;
  }
  return kBinary;
}

template <class T> int cmp3(T a, T b) { return a < b ? -1 : (a > b ? 1 : 0); }

// Read-only mpz view of a big integer term (no allocation).
void bigView(Term t, mpz_t out) {
  mpz_roinit_n(out, reinterpret_cast<const mp_limb_t *>(bigintLimbs(t)),
               bigintNegative(t) ? -static_cast<mp_size_t>(bigintLimbCount(t))
                                 : static_cast<mp_size_t>(bigintLimbCount(t)));
}

// Compares two numbers by value; *sameType tells whether both are floats or both integers.
int compareNumbers(Term a, Term b) {
  bool af = isFloat(a), bf = isFloat(b);
  if (af && bf)
    return cmp3(floatValue(a), floatValue(b));
  if (isSmall(a) && isSmall(b))
    return cmp3(smallValue(a), smallValue(b));
  if (!af && !bf) { // at least one big integer; bigints never fit a small
    if (isSmall(a))
      return bigintNegative(b) ? 1 : -1;
    if (isSmall(b))
      return bigintNegative(a) ? -1 : 1;
    mpz_t x, y;
    bigView(a, x);
    bigView(b, y);
    int c = mpz_cmp(x, y);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  // integer vs float: compare exactly
  if (af) {
    return -compareNumbers(b, a);
  }
  double d = floatValue(b);
  if (isSmall(a)) {
    int64_t v = smallValue(a);
    // doubles represent every integer up to 2^53 exactly; beyond, compare via GMP
    if (v > -(int64_t(1) << 53) && v < (int64_t(1) << 53))
      return cmp3(static_cast<double>(v), d);
    mpz_t x;
    mpz_init_set_si(x, v);
    int c = mpz_cmp_d(x, d);
    mpz_clear(x);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  mpz_t x;
  bigView(a, x);
  int c = mpz_cmp_d(x, d);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int compareAtoms(Term a, Term b) {
  if (a == b)
    return 0;
  std::string_view x = atomName(a), y = atomName(b);
  int c = x.compare(y);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int compareImpl(Term a, Term b, bool exact);

int compareMaps(Term a, Term b, bool exact) {
  uint64_t na = mapSize(a), nb = mapSize(b);
  if (na != nb)
    return cmp3(na, nb);
  auto ea = mapEntriesSorted(a), eb = mapEntriesSorted(b);
  for (size_t i = 0; i < ea.size(); ++i)
    if (int c = compareImpl(ea[i].first, eb[i].first, true))
      return c;
  for (size_t i = 0; i < ea.size(); ++i)
    if (int c = compareImpl(ea[i].second, eb[i].second, exact))
      return c;
  return 0;
}

int compareImpl(Term a, Term b, bool exact) {
  for (;;) {
    if (a == b)
      return 0;
    Rank ra = rankOf(a), rb = rankOf(b);
    if (ra != rb)
      return cmp3(ra, rb);
    switch (ra) {
    case kNumber: {
      if (exact) {
        // exact (map-key) order: every integer before every float, whatever the values
        // (the BEAM's erts_cmp with exact=1 orders mixed numbers by type tag)
        bool af = isFloat(a), bf = isFloat(b);
        if (af != bf)
          return af ? 1 : -1;
      }
      return compareNumbers(a, b);
    }
    case kAtom:
      return compareAtoms(a, b);
    case kRef:
      if (refWord(a, 0) != refWord(b, 0))
        return cmp3(refWord(a, 0), refWord(b, 0));
      return cmp3(refWord(a, 1), refWord(b, 1));
    case kFun: {
      const ath_fun_info *fa = funInfo(a), *fb = funInfo(b);
      if (fa != fb) {
        if (int c = compareAtoms(fa->module, fb->module))
          return c;
        if (fa->unique != fb->unique)
          return cmp3(fa->unique, fb->unique);
        return cmp3(reinterpret_cast<uintptr_t>(fa), reinterpret_cast<uintptr_t>(fb));
      }
      uint64_t n = funFreeCount(a), m = funFreeCount(b);
      if (n != m)
        return cmp3(n, m);
      for (uint64_t i = 0; i + 1 < n; ++i)
        if (int c = compareImpl(funFree(a, i), funFree(b, i), exact))
          return c;
      if (n == 0)
        return 0;
      a = funFree(a, n - 1);
      b = funFree(b, n - 1);
      continue;
    }
    case kPid:
      return cmp3(ath_pid_id(a), ath_pid_id(b));
    case kTuple: {
      uint64_t n = tupleArity(a), m = tupleArity(b);
      if (n != m)
        return cmp3(n, m);
      if (n == 0)
        return 0;
      for (uint64_t i = 0; i + 1 < n; ++i)
        if (int c = compareImpl(tupleElem(a, i), tupleElem(b, i), exact))
          return c;
      a = tupleElem(a, n - 1);
      b = tupleElem(b, n - 1);
      continue;
    }
    case kMap:
      return compareMaps(a, b, exact);
    case kNil:
      return 0;
    case kList: {
      if (int c = compareImpl(consHead(a), consHead(b), exact))
        return c;
      a = consTail(a);
      b = consTail(b);
      continue;
    }
    case kBinary: {
      std::string_view x = binaryView(a), y = binaryView(b);
      int c = x.compare(y);
      return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    }
    return 0;
  }
}

} // namespace

int compareTerms(Term a, Term b) { return compareImpl(a, b, false); }
int compareExact(Term a, Term b) { return compareImpl(a, b, true); }

bool exactEqualSlow(Term a, Term b) {
  for (;;) {
    if (a == b)
      return true;
    if ((a & 5) != 0 || (b & 5) != 0) // tags 0 (boxed) and 2 (cons) are the pointers
      return false;
    if ((a & ATH_TAG_MASK) != (b & ATH_TAG_MASK) || !a || !b)
      return false;
    if ((a & ATH_TAG_MASK) == ATH_TAG_CONS) {
      if (!exactEqual(consHead(a), consHead(b)))
        return false;
      a = consTail(a);
      b = consTail(b);
      continue;
    }
    uint64_t ha = header(a), hb = header(b);
    uint32_t type = ath_header_type(ha);
    switch (type) {
    case ATH_T_FLOAT:
      return ath_header_type(hb) == ATH_T_FLOAT && floatValue(a) == floatValue(b);
    case ATH_T_REF:
    case ATH_T_BIGPOS:
    case ATH_T_BIGNEG: {
      if (ha != hb)
        return false;
      const uint64_t *x = boxed(a), *y = boxed(b);
      for (uint64_t i = 1, n = ath_header_size(ha); i <= n; ++i)
        if (x[i] != y[i])
          return false;
      return true;
    }
    case ATH_T_TUPLE: {
      if (ha != hb)
        return false;
      uint64_t n = ath_header_size(ha);
      if (n == 0)
        return true;
      const uint64_t *x = boxed(a), *y = boxed(b);
      for (uint64_t i = 1; i < n; ++i)
        if (!exactEqual(x[i], y[i]))
          return false;
      a = x[n]; // the last element without recursion
      b = y[n];
      continue;
    }
    default:
      return compareExact(a, b) == 0;
    }
  }
}

} // namespace athanor::rt
