/* athanor/term.h — the term layout shared by generated code, the runtime and the compiler.
 *
 * Every Athanor value ("term") is one 64-bit word. The low bits say what it is:
 *
 *   ...xxx1  small integer: value = (int64_t)t >> 1, range [-2^62, 2^62).
 *            Arithmetic is done on the tagged form: a + b = (a - 1) + b, checked for
 *            overflow; on overflow the runtime promotes to a big integer.
 *   ...x000  boxed pointer: the address of a header word (8-aligned, never 0).
 *   ...x010  cons pointer: address | 2 of a two-word cell [head, tail] with no header.
 *   ...x100  atom: index << 3 | 4. Indices are fixed at link time (see atoms.def).
 *   ...x110  other immediates; bits 3..5 hold a subtag, bits 6.. the payload:
 *              subtag 0  NIL: the empty list [] (payload 0)
 *              subtag 1  PID: payload is the process id (slot and generation)
 *              subtag 2  NONVALUE: not a term; a function returns it to say
 *                        "an exception is pending in the process" (see rt.h)
 *              subtag 3  HEADER: only ever found in heap object headers
 *              subtag 4  FORWARD: only in a cons cell's head during collection
 *
 * Boxed objects start with a header word:
 *   header = (size << 12) | (type << 6) | (3 << 3) | 6
 * where size is the number of words that follow the header. Per type:
 *   TUPLE      size = arity; the elements follow (all terms).
 *   BIGPOS/BIGNEG  size = number of 64-bit limbs (GMP order, least significant first);
 *              the magnitude is never zero and never fits a small integer.
 *   FLOAT      size = 1; an IEEE double follows.
 *   BINARY     size = 1 + ceil(n / 8); word 1 is the byte count n, the bytes follow.
 *   MAP        size = 2 * n; n keys in ascending term order, then the n values.
 *              (Maps with more than ATH_MAP_FLAT_MAX keys use HAMT nodes instead.)
 *   HAMT       a node of the hash trie of a map with more than ATH_MAP_FLAT_MAX keys
 *              (runtime/term/Hamt.h): size = 1 + 2k; word 1 is a small integer
 *              (count << 32 | bitmap), then k slots of two words, each (key, value) or
 *              (NONVALUE, child node). bitmap 0 marks a collision node of k pairs. A map has
 *              more than ATH_MAP_FLAT_MAX keys exactly when it is a trie.
 *   FUN        size = 2 + number of captured terms; word 1 is the code pointer,
 *              word 2 a pointer to a static ath_fun_info; the captured terms follow.
 *   REF        size = 2; two raw words identify the reference.
 *
 * Which words of an object are terms is decided by its type alone (ath_first_term_word),
 * so any heap block of boxed objects can be walked header to header.
 */
#ifndef ATHANOR_TERM_H
#define ATHANOR_TERM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint64_t ath_term;

#define ATH_TAG_MASK 7u
#define ATH_TAG_BOXED 0u
#define ATH_TAG_CONS 2u
#define ATH_TAG_ATOM 4u
#define ATH_TAG_IMM 6u

#define ATH_IMM_MASK 0x3Fu
#define ATH_SUB_NIL 0u
#define ATH_SUB_PID 1u
#define ATH_SUB_NONVALUE 2u
#define ATH_SUB_HEADER 3u
#define ATH_SUB_FORWARD 4u

#define ATH_NIL ((ath_term)((ATH_SUB_NIL << 3) | ATH_TAG_IMM))
#define ATH_NONVALUE ((ath_term)((ATH_SUB_NONVALUE << 3) | ATH_TAG_IMM))

#define ATH_SMALL_MAX ((int64_t)((1ull << 62) - 1))
#define ATH_SMALL_MIN (-(int64_t)(1ull << 62))

/* Object types stored in header bits 6..11. */
enum ath_type {
  ATH_T_TUPLE = 0,
  ATH_T_BIGPOS = 1,
  ATH_T_BIGNEG = 2,
  ATH_T_FLOAT = 3,
  ATH_T_BINARY = 4,
  ATH_T_MAP = 5,
  ATH_T_HAMT = 6,
  ATH_T_FUN = 7,
  ATH_T_REF = 8,
};

#define ATH_MAP_FLAT_MAX 32

static inline int ath_is_small(ath_term t) { return (t & 1u) != 0; }
static inline int64_t ath_small_value(ath_term t) { return (int64_t)t >> 1; }
static inline ath_term ath_make_small(int64_t v) { return ((uint64_t)v << 1) | 1u; }
static inline int ath_fits_small(int64_t v) { return v >= ATH_SMALL_MIN && v <= ATH_SMALL_MAX; }

static inline int ath_is_boxed(ath_term t) { return (t & ATH_TAG_MASK) == ATH_TAG_BOXED; }
static inline int ath_is_cons(ath_term t) { return (t & ATH_TAG_MASK) == ATH_TAG_CONS; }
static inline int ath_is_atom(ath_term t) { return (t & ATH_TAG_MASK) == ATH_TAG_ATOM; }
static inline int ath_is_nil(ath_term t) { return t == ATH_NIL; }
static inline int ath_is_pid(ath_term t) {
  return (t & ATH_IMM_MASK) == ((ATH_SUB_PID << 3) | ATH_TAG_IMM);
}

static inline uint64_t *ath_boxed_ptr(ath_term t) { return (uint64_t *)(uintptr_t)t; }
static inline ath_term ath_make_boxed(const uint64_t *p) { return (ath_term)(uintptr_t)p; }
static inline ath_term *ath_cons_ptr(ath_term t) { return (ath_term *)(uintptr_t)(t - ATH_TAG_CONS); }
static inline ath_term ath_make_cons_ptr(const ath_term *cell) {
  return (ath_term)(uintptr_t)cell | ATH_TAG_CONS;
}

static inline uint32_t ath_atom_index(ath_term t) { return (uint32_t)(t >> 3); }
static inline ath_term ath_make_atom(uint32_t index) { return ((ath_term)index << 3) | ATH_TAG_ATOM; }

static inline uint64_t ath_pid_id(ath_term t) { return t >> 6; }
static inline ath_term ath_make_pid(uint64_t id) {
  return (id << 6) | (ATH_SUB_PID << 3) | ATH_TAG_IMM;
}

static inline uint64_t ath_make_header(uint32_t type, uint64_t size) {
  return (size << 12) | ((uint64_t)type << 6) | (ATH_SUB_HEADER << 3) | ATH_TAG_IMM;
}
static inline int ath_is_header(uint64_t w) {
  return (w & ATH_IMM_MASK) == ((ATH_SUB_HEADER << 3) | ATH_TAG_IMM);
}
static inline uint32_t ath_header_type(uint64_t h) { return (uint32_t)((h >> 6) & 0x3F); }
static inline uint64_t ath_header_size(uint64_t h) { return h >> 12; }

/* Index of the first word (counting the header as word 0) that holds a term;
   words from there to the end of the object are terms. Returns size + 1 when none are. */
static inline uint64_t ath_first_term_word(uint64_t h) {
  switch (ath_header_type(h)) {
  case ATH_T_TUPLE:
  case ATH_T_MAP:
  case ATH_T_HAMT:
    return 1;
  case ATH_T_FUN:
    return 3;
  default:
    return ath_header_size(h) + 1;
  }
}

/* Static description of a function that closures point at (FUN word 2). */
typedef struct ath_fun_info {
  uint32_t arity;       /* number of arguments the closure takes */
  uint32_t num_free;    /* number of captured terms */
  ath_term module;      /* atom: defining module */
  ath_term name;        /* atom: function name (for named captures) or the anonymous fn name */
  uint32_t is_capture;  /* 1 for &Mod.fun/arity captures */
  uint32_t unique;      /* distinguishes fns in one module (term order, inspect) */
} ath_fun_info;

#ifdef __cplusplus
}
#endif

#endif
