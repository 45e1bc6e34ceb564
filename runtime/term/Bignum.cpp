// Integer term <-> GMP conversions (see Bignum.h).
#include "term/Bignum.h"

#include "mem/Builder.h"

#include <cmath>
#include <cstring>

namespace athanor::rt {

IntView::IntView(Term t) {
  if (isSmall(t)) {
    int64_t v = smallValue(t);
    // |v| <= 2^62 fits one limb; negate in unsigned arithmetic.
    limb_ = v < 0 ? static_cast<mp_limb_t>(0) - static_cast<mp_limb_t>(v) : static_cast<mp_limb_t>(v);
    mpz_roinit_n(z_, &limb_, v < 0 ? -1 : (v > 0 ? 1 : 0));
    return;
  }
  auto n = static_cast<mp_size_t>(bigintLimbCount(t));
  mpz_roinit_n(z_, reinterpret_cast<const mp_limb_t *>(bigintLimbs(t)),
               bigintNegative(t) ? -n : n);
}

Mpz::Mpz(Term integer) {
  IntView v(integer);
  mpz_init_set(z_, v);
}

namespace {
bool fitsSmall(mpz_srcptr z, int64_t &v) {
  if (!mpz_fits_slong_p(z))
    return false;
  v = mpz_get_si(z);
  return ath_fits_small(v);
}
} // namespace

uint64_t integerWords(mpz_srcptr z) {
  int64_t v;
  if (fitsSmall(z, v))
    return 0;
  return 1 + mpz_size(z);
}

Term writeInteger(mpz_srcptr z, uint64_t *words) {
  int64_t v;
  if (fitsSmall(z, v))
    return makeSmall(v);
  size_t n = mpz_size(z);
  words[0] = ath_make_header(mpz_sgn(z) < 0 ? ATH_T_BIGNEG : ATH_T_BIGPOS, n);
  std::memcpy(words + 1, mpz_limbs_read(z), n * sizeof(uint64_t));
  return ath_make_boxed(words);
}

Term makeInteger(Process *p, mpz_srcptr z) {
  uint64_t n = integerWords(z);
  if (n == 0)
    return writeInteger(z, nullptr);
  HeapBuilder b(p, n, 0);
  return writeInteger(z, b.words(n));
}

Term makeInteger(Process *p, __int128 v) {
  if (v >= ATH_SMALL_MIN && v <= ATH_SMALL_MAX)
    return makeSmall(static_cast<int64_t>(v));
  unsigned __int128 mag = v < 0 ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  uint64_t lo = static_cast<uint64_t>(mag), hi = static_cast<uint64_t>(mag >> 64);
  uint64_t limbs = hi ? 2 : 1;
  HeapBuilder b(p, 1 + limbs, 0);
  uint64_t *w = b.words(1 + limbs);
  w[0] = ath_make_header(v < 0 ? ATH_T_BIGNEG : ATH_T_BIGPOS, limbs);
  w[1] = lo;
  if (hi)
    w[2] = hi;
  return ath_make_boxed(w);
}

bool integerToDouble(Term t, double &out) {
  if (isSmall(t)) {
    out = static_cast<double>(smallValue(t)); // the hardware rounds to nearest even
    return true;
  }
  IntView z(t);
  size_t bits = mpz_sizeinbase(z, 2);
  if (bits <= 53) {
    out = mpz_get_d(z);
    return true;
  }
  if (bits > 1024)
    return false;
  // Keep 54 bits (53 + a rounding bit); everything below is the sticky part.
  Mpz top;
  mpz_tdiv_q_2exp(top, z, bits - 54);
  mpz_abs(top, top);
  uint64_t q = mpz_get_ui(top);
  bool sticky = mpz_scan1(z, 0) < bits - 54; // any 1 bit below the kept ones
  uint64_t mantissa = q >> 1;
  if ((q & 1) && (sticky || (mantissa & 1)))
    ++mantissa;
  double d = std::ldexp(static_cast<double>(mantissa), static_cast<int>(bits - 53));
  if (std::isinf(d))
    return false;
  out = mpz_sgn(static_cast<mpz_srcptr>(z)) < 0 ? -d : d;
  return true;
}

bool numberToDouble(Term t, double &out) {
  if (isFloat(t)) {
    out = floatValue(t);
    return true;
  }
  return integerToDouble(t, out);
}

Term integerFromDouble(Process *p, double d) {
  if (d >= -4.6e18 && d <= 4.6e18) {
    int64_t v = static_cast<int64_t>(d);
    if (ath_fits_small(v))
      return makeSmall(v);
  }
  Mpz z;
  mpz_set_d(z, d);
  return makeInteger(p, z);
}

int integerSign(Term t) {
  if (isSmall(t)) {
    int64_t v = smallValue(t);
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
  }
  return bigintNegative(t) ? -1 : 1;
}

} // namespace athanor::rt
