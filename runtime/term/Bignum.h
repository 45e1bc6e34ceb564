// Integers beyond the 62-bit small range: conversions between integer terms and GMP.
//
// A big integer term is a BIGPOS/BIGNEG object whose limbs are GMP's (64-bit, least
// significant first) and whose magnitude never fits a small integer: every function here
// that produces an integer term normalizes, so `==` on small integers stays a word compare.
// GMP computes in malloc'd mpz_t temporaries; results are copied onto the process heap, so
// no heap object ever points at GMP memory.
#pragma once

#include "term/Term.h"

#include <gmp.h>

namespace athanor::rt {

struct Process;

/// A read-only mpz view of an integer term (small or big), without allocating.
class IntView {
public:
  explicit IntView(Term integer);
  operator mpz_srcptr() const { return z_; }
  IntView(const IntView &) = delete;

private:
  mpz_t z_;
  mp_limb_t limb_;
};

/// An owned mpz_t (cleared on scope exit).
class Mpz {
public:
  Mpz() { mpz_init(z_); }
  explicit Mpz(Term integer);
  ~Mpz() { mpz_clear(z_); }
  Mpz(const Mpz &) = delete;
  operator mpz_ptr() { return z_; }
  operator mpz_srcptr() const { return z_; }

private:
  mpz_t z_;
};

/// Words (header included) the term for `z` occupies on a heap; 0 if it is a small integer.
uint64_t integerWords(mpz_srcptr z);
/// The term for `z`, written into `words` (integerWords(z) of them) unless it is small.
Term writeInteger(mpz_srcptr z, uint64_t *words);
/// The term for `z` on p's heap (may collect first).
Term makeInteger(Process *p, mpz_srcptr z);
/// The term for a 128-bit value (the result of small-integer arithmetic).
Term makeInteger(Process *p, __int128 v);

/// The integer as a double, rounded to nearest (ties to even) as Erlang converts; false if
/// its magnitude is too large for a double.
bool integerToDouble(Term integer, double &out);
/// Any number as a double (integers rounded as above); false if not representable.
bool numberToDouble(Term number, double &out);

/// The integer with the value of a finite, integral double.
Term integerFromDouble(Process *p, double integral);

/// Sign of an integer term (-1, 0, 1).
int integerSign(Term integer);

} // namespace athanor::rt
