// C++ accessors over the term layout of athanor/term.h, used across the runtime.
// Read-only helpers only: constructing terms needs a heap (mem/Heap.h).
#pragma once

#include "athanor/rt.h"

#include <cstring>
#include <string_view>

namespace athanor::rt {

using Term = ath_term;

inline bool isSmall(Term t) { return ath_is_small(t); }
inline int64_t smallValue(Term t) { return ath_small_value(t); }
inline Term makeSmall(int64_t v) { return ath_make_small(v); }
inline bool isAtom(Term t) { return ath_is_atom(t); }
inline bool isNil(Term t) { return t == ATH_NIL; }
inline bool isCons(Term t) { return ath_is_cons(t); }
inline bool isList(Term t) { return isNil(t) || isCons(t); }
inline bool isPid(Term t) { return ath_is_pid(t); }
inline bool isBoxed(Term t) { return ath_is_boxed(t) && t != 0; }

inline const uint64_t *boxed(Term t) { return ath_boxed_ptr(t); }
inline uint64_t header(Term t) { return *boxed(t); }
inline uint32_t boxedType(Term t) { return ath_header_type(header(t)); }
inline bool isBoxedOf(Term t, uint32_t type) { return isBoxed(t) && boxedType(t) == type; }

inline bool isTuple(Term t) { return isBoxedOf(t, ATH_T_TUPLE); }
inline uint64_t tupleArity(Term t) { return ath_header_size(header(t)); }
inline Term tupleElem(Term t, uint64_t i) { return boxed(t)[1 + i]; } // 0-based
inline const Term *tupleElems(Term t) { return boxed(t) + 1; }

inline Term consHead(Term t) { return ath_cons_ptr(t)[0]; }
inline Term consTail(Term t) { return ath_cons_ptr(t)[1]; }

inline bool isFloat(Term t) { return isBoxedOf(t, ATH_T_FLOAT); }
inline double floatValue(Term t) {
  double d;
  std::memcpy(&d, boxed(t) + 1, sizeof d);
  return d;
}

inline bool isBigint(Term t) {
  return isBoxed(t) && (boxedType(t) == ATH_T_BIGPOS || boxedType(t) == ATH_T_BIGNEG);
}
inline bool isInteger(Term t) { return isSmall(t) || isBigint(t); }
inline bool isNumber(Term t) { return isInteger(t) || isFloat(t); }
inline bool bigintNegative(Term t) { return boxedType(t) == ATH_T_BIGNEG; }
inline uint64_t bigintLimbCount(Term t) { return ath_header_size(header(t)); }
inline const uint64_t *bigintLimbs(Term t) { return boxed(t) + 1; }

inline bool isBinary(Term t) { return isBoxedOf(t, ATH_T_BINARY); }
inline uint64_t binarySize(Term t) { return boxed(t)[1]; }
inline const char *binaryData(Term t) { return reinterpret_cast<const char *>(boxed(t) + 2); }
inline std::string_view binaryView(Term t) { return {binaryData(t), binarySize(t)}; }

inline bool isFun(Term t) { return isBoxedOf(t, ATH_T_FUN); }
inline const ath_fun_info *funInfo(Term t) {
  return reinterpret_cast<const ath_fun_info *>(boxed(t)[2]);
}
inline uint64_t funFreeCount(Term t) { return ath_header_size(header(t)) - 2; }
inline Term funFree(Term t, uint64_t i) { return boxed(t)[3 + i]; }

inline bool isRef(Term t) { return isBoxedOf(t, ATH_T_REF); }
inline uint64_t refWord(Term t, int i) { return boxed(t)[1 + i]; }

inline bool isMap(Term t) {
  return isBoxed(t) && (boxedType(t) == ATH_T_MAP || boxedType(t) == ATH_T_HAMT);
}

/// Words an object occupies including its header.
inline uint64_t objectWords(uint64_t hdr) { return 1 + ath_header_size(hdr); }

inline bool truthy(Term t) {
  return t != ATH_ATOM(false) && t != ATH_ATOM(nil);
}
inline Term boolTerm(bool b) { return b ? ATH_ATOM(true) : ATH_ATOM(false); }

} // namespace athanor::rt
