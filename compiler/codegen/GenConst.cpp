// Static data: every compound constant of the program as a static term laid out exactly
// as the runtime's heap objects (athanor/term.h) — tuples, cons cells, binaries, floats,
// big integers (limbs computed with GMP here), flat maps with keys sorted in exact term
// order, and capture closures — plus ath_fun_info records and the tables the runtime
// reads: atoms, structs and functions by name (athanor/rt.h).
//
// Static terms live in the executable image, which the runtime recognizes by address: they
// are never copied between processes and never collected.
#include "codegen/GenImpl.h"

#include <gmp.h>

#include <algorithm>
#include <cstring>

namespace athanor::codegen {

using namespace llvm;

namespace {

enum Rank { kRNumber, kRAtom, kRRef, kRFun, kRPid, kRTuple, kRMap, kRNil, kRList, kRBinary };

Rank rankOf(const Const *c) {
  switch (c->kind) {
  case Const::Kind::Int:
  case Const::Kind::BigInt:
  case Const::Kind::Float:
    return kRNumber;
  case Const::Kind::Atom:
    return kRAtom;
  case Const::Kind::Binary:
    return kRBinary;
  case Const::Kind::Nil:
    return kRNil;
  case Const::Kind::Cons:
    return kRList;
  case Const::Kind::Tuple:
    return kRTuple;
  case Const::Kind::Map:
    return kRMap;
  case Const::Kind::Fun:
    return kRFun;
  }
  return kRBinary;
}

int sign(int c) { return c < 0 ? -1 : (c > 0 ? 1 : 0); }

void toMpz(const Const *c, mpz_t out) {
  if (c->kind == Const::Kind::Int)
    mpz_init_set_si(out, c->ival);
  else
    mpz_init_set_str(out, c->text.c_str(), 10);
}

int compareNumbers(const Const *a, const Const *b) {
  bool af = a->kind == Const::Kind::Float, bf = b->kind == Const::Kind::Float;
  if (af && bf)
    return a->fval < b->fval ? -1 : (a->fval > b->fval ? 1 : 0);
  if (!af && !bf) {
    mpz_t x, y;
    toMpz(a, x);
    toMpz(b, y);
    int c = sign(mpz_cmp(x, y));
    mpz_clear(x);
    mpz_clear(y);
    return c;
  }
  // exact (map-key) order: every integer sorts before every float, whatever the values
  return af ? 1 : -1;
}

/// Entries of a constant map, sorted by key, later duplicates winning.
std::vector<std::pair<const Const *, const Const *>> sortedEntries(const core::Program &prog,
                                                                   const Const *m) {
  std::vector<std::pair<const Const *, const Const *>> entries;
  for (size_t i = 0; i + 1 < m->elems.size(); i += 2) {
    bool replaced = false;
    for (auto &e : entries)
      if (compareConsts(prog, e.first, m->elems[i]) == 0) {
        e.second = m->elems[i + 1];
        replaced = true;
      }
    if (!replaced)
      entries.emplace_back(m->elems[i], m->elems[i + 1]);
  }
  std::stable_sort(entries.begin(), entries.end(), [&](auto &x, auto &y) {
    return compareConsts(prog, x.first, y.first) < 0;
  });
  return entries;
}

} // namespace

int compareConsts(const core::Program &prog, const Const *a, const Const *b) {
  Rank ra = rankOf(a), rb = rankOf(b);
  if (ra != rb)
    return ra < rb ? -1 : 1;
  switch (ra) {
  case kRNumber:
    return compareNumbers(a, b);
  case kRAtom:
    return sign(prog.atoms[a->atom].compare(prog.atoms[b->atom]));
  case kRBinary:
    return sign(a->text.compare(b->text));
  case kRNil:
    return 0;
  case kRList: {
    int c = compareConsts(prog, a->elems[0], b->elems[0]);
    return c ? c : compareConsts(prog, a->elems[1], b->elems[1]);
  }
  case kRTuple:
    if (a->elems.size() != b->elems.size())
      return a->elems.size() < b->elems.size() ? -1 : 1;
    for (size_t i = 0; i < a->elems.size(); ++i)
      if (int c = compareConsts(prog, a->elems[i], b->elems[i]))
        return c;
    return 0;
  case kRMap: {
    auto ea = sortedEntries(prog, a), eb = sortedEntries(prog, b);
    if (ea.size() != eb.size())
      return ea.size() < eb.size() ? -1 : 1;
    for (size_t i = 0; i < ea.size(); ++i)
      if (int c = compareConsts(prog, ea[i].first, eb[i].first))
        return c;
    for (size_t i = 0; i < ea.size(); ++i)
      if (int c = compareConsts(prog, ea[i].second, eb[i].second))
        return c;
    return 0;
  }
  case kRFun:
    return a->fun == b->fun ? 0 : (a->fun->symbol < b->fun->symbol ? -1 : 1);
  default:
    return 0;
  }
}

bool ModuleGen::staticOk(const Const *c) const {
  if (c->kind == Const::Kind::Map && c->elems.size() / 2 > 32) {
    // Duplicated keys may still bring it under the limit.
    if (sortedEntries(prog, c).size() > 32)
      return false;
  }
  for (const Const *e : c->elems)
    if (!staticOk(e))
      return false;
  return true;
}

Constant *ModuleGen::staticObject(const std::vector<Constant *> &words, uint64_t tagOffset) {
  ArrayType *at = ArrayType::get(abi.i64(), words.size());
  auto *g = new GlobalVariable(m, at, true, GlobalValue::PrivateLinkage,
                               ConstantArray::get(at, words), "term." + std::to_string(staticCount_++));
  g->setAlignment(Align(16));
  g->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  Constant *addr = g;
  if (tagOffset)
    addr = ConstantExpr::getInBoundsGetElementPtr(Type::getInt8Ty(ctx), g,
                                                  ConstantInt::get(abi.i64(), tagOffset));
  return ConstantExpr::getPtrToInt(addr, abi.i64());
}

Constant *ModuleGen::binaryTerm(const std::string &bytes) {
  auto it = binaries_.find(bytes);
  if (it != binaries_.end())
    return it->second;
  uint64_t n = bytes.size();
  uint64_t words = (n + 7) / 8;
  std::string padded = bytes;
  padded.resize(words * 8, '\0');
  Type *i8 = Type::getInt8Ty(ctx);
  ArrayType *bytesTy = ArrayType::get(i8, padded.size());
  StructType *st = StructType::get(ctx, {abi.i64(), abi.i64(), bytesTy});
  Constant *init = ConstantStruct::get(
      st, {i64c(makeHeader(kBinary, 1 + words)), i64c(n),
           ConstantDataArray::getRaw(padded, padded.size(), i8)});
  auto *g = new GlobalVariable(m, st, true, GlobalValue::PrivateLinkage, init,
                               "str." + std::to_string(staticCount_++));
  g->setAlignment(Align(16));
  g->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
  Constant *t = ConstantExpr::getPtrToInt(g, abi.i64());
  binaries_[bytes] = t;
  return t;
}

Constant *ModuleGen::bigintTerm(const std::string &decimal) {
  mpz_t z;
  mpz_init_set_str(z, decimal.c_str(), 10);
  if (mpz_fits_slong_p(z)) {
    long v = mpz_get_si(z);
    if (v >= kSmallMin && v <= kSmallMax) {
      mpz_clear(z);
      return i64c(smallTerm(v));
    }
  }
  bool negative = mpz_sgn(z) < 0;
  size_t count = 0;
  std::vector<uint64_t> limbs((mpz_sizeinbase(z, 2) + 63) / 64 + 1);
  mpz_export(limbs.data(), &count, -1, sizeof(uint64_t), 0, 0, z);
  limbs.resize(count);
  mpz_clear(z);
  std::vector<Constant *> words = {i64c(makeHeader(negative ? kBigNeg : kBigPos, count))};
  for (uint64_t l : limbs)
    words.push_back(i64c(l));
  return staticObject(words, 0);
}

Constant *ModuleGen::mapTerm(const Const *c) {
  auto entries = sortedEntries(prog, c);
  std::vector<Constant *> words = {i64c(makeHeader(kMap, 2 * entries.size()))};
  for (auto &e : entries)
    words.push_back(term(e.first));
  for (auto &e : entries)
    words.push_back(term(e.second));
  return staticObject(words, 0);
}

Constant *ModuleGen::term(const Const *c) {
  switch (c->kind) {
  case Const::Kind::Int:
    if (c->ival >= kSmallMin && c->ival <= kSmallMax)
      return i64c(smallTerm(c->ival));
    return bigintTerm(std::to_string(c->ival));
  case Const::Kind::Atom:
    return i64c(atomTerm(c->atom));
  case Const::Kind::Nil:
    return i64c(kNil);
  case Const::Kind::Binary:
    return binaryTerm(c->text);
  default:
    break;
  }
  auto it = terms_.find(c);
  if (it != terms_.end())
    return it->second;
  Constant *t = nullptr;
  switch (c->kind) {
  case Const::Kind::BigInt:
    t = bigintTerm(c->text);
    break;
  case Const::Kind::Float: {
    uint64_t bits;
    std::memcpy(&bits, &c->fval, sizeof bits);
    t = staticObject({i64c(makeHeader(kFloat, 1)), i64c(bits)}, 0);
    break;
  }
  case Const::Kind::Cons:
    t = staticObject({term(c->elems[0]), term(c->elems[1])}, kTagCons);
    break;
  case Const::Kind::Tuple: {
    std::vector<Constant *> words = {i64c(makeHeader(kTuple, c->elems.size()))};
    for (const Const *e : c->elems)
      words.push_back(term(e));
    t = staticObject(words, 0);
    break;
  }
  case Const::Kind::Map:
    t = mapTerm(c);
    break;
  case Const::Kind::Fun:
    t = staticObject({i64c(makeHeader(kFun, 2)), ConstantExpr::getPtrToInt(function(c->fun), abi.i64()),
                      ConstantExpr::getPtrToInt(funInfo(c->fun), abi.i64())},
                     0);
    break;
  default:
    break;
  }
  terms_[c] = t;
  return t;
}

Constant *ModuleGen::funInfo(const FunctionRef *ref) {
  auto it = funInfos_.find(ref);
  if (it != funInfos_.end())
    return it->second;
  StructType *st = StructType::get(ctx, {abi.i32(), abi.i32(), abi.i64(), abi.i64(), abi.i32(), abi.i32()});
  std::string module = ref->isCapture && !ref->captureModule.empty() ? ref->captureModule : ref->module;
  std::string name = ref->isCapture ? ref->captureName : ref->name;
  Constant *init = ConstantStruct::get(
      st, {ConstantInt::get(abi.i32(), ref->arity), ConstantInt::get(abi.i32(), ref->numCaptures),
           atomConst(module), atomConst(name), ConstantInt::get(abi.i32(), ref->isCapture ? 1 : 0),
           ConstantInt::get(abi.i32(), ref->unique)});
  auto *g = new GlobalVariable(m, st, true, GlobalValue::PrivateLinkage, init,
                               "funinfo." + ref->symbol);
  g->setAlignment(Align(16));
  funInfos_[ref] = g;
  return g;
}

void ModuleGen::emitTables() {
  auto exportedGlobal = [&](Type *t, Constant *init, const std::string &name) {
    return new GlobalVariable(m, t, true, GlobalValue::ExternalLinkage, init, name);
  };
  // Functions by module, name and arity (apply/3, spawn/3, function_exported?/3).
  {
    StructType *entry = StructType::get(ctx, {abi.i64(), abi.i64(), abi.i32(), abi.i32(), abi.ptr()});
    std::vector<Constant *> rows;
    for (const core::Function *fn : prog.functions) {
      const FunctionRef *r = fn->ref;
      if (r->isClosure || r->module.empty())
        continue;
      rows.push_back(ConstantStruct::get(
          entry, {atomConst(r->module), atomConst(r->name), ConstantInt::get(abi.i32(), r->arity),
                  ConstantInt::get(abi.i32(), r->exported ? 1 : 0), function(r)}));
    }
    std::string base = prog.stdlibMode ? "ath_stdlib_function" : "ath_program_function";
    ArrayType *at = ArrayType::get(entry, rows.size());
    exportedGlobal(at, ConstantArray::get(at, rows), base + "s");
    exportedGlobal(abi.i32(), ConstantInt::get(abi.i32(), rows.size()), base + "_count");
  }
  if (prog.stdlibMode)
    return;
  // Atoms.
  {
    StructType *entry = StructType::get(ctx, {abi.ptr(), abi.i32()});
    std::vector<Constant *> rows;
    for (const std::string &name : prog.atoms) {
      Constant *text = ConstantDataArray::getString(ctx, name, true);
      auto *g = new GlobalVariable(m, text->getType(), true, GlobalValue::PrivateLinkage, text, "atom.name");
      g->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
      rows.push_back(ConstantStruct::get(entry, {g, ConstantInt::get(abi.i32(), name.size())}));
    }
    ArrayType *at = ArrayType::get(entry, rows.size());
    exportedGlobal(at, ConstantArray::get(at, rows), "ath_static_atoms");
    exportedGlobal(abi.i32(), ConstantInt::get(abi.i32(), rows.size()), "ath_static_atom_count");
  }
  // Structs.
  {
    StructType *entry = StructType::get(
        ctx, {abi.i64(), abi.i32(), abi.i32(), abi.ptr(), abi.ptr(), abi.ptr(), abi.i32(), abi.i32()});
    std::vector<Constant *> rows;
    for (const core::StructDef *sd : prog.structs) {
      std::vector<Constant *> fields, defaults;
      for (core::AtomId f : sd->fields)
        fields.push_back(i64c(atomTerm(f)));
      for (const Const *d : sd->defaults)
        defaults.push_back(term(d));
      ArrayType *ft = ArrayType::get(abi.i64(), fields.size());
      auto *fg = new GlobalVariable(m, ft, true, GlobalValue::PrivateLinkage, ConstantArray::get(ft, fields),
                                    "struct.fields");
      auto *dg = new GlobalVariable(m, ft, true, GlobalValue::PrivateLinkage, ConstantArray::get(ft, defaults),
                                    "struct.defaults");
      std::vector<Constant *> shown;
      for (core::AtomId f : sd->inspectFields)
        shown.push_back(i64c(atomTerm(f)));
      ArrayType *st = ArrayType::get(abi.i64(), shown.size());
      auto *sg = new GlobalVariable(m, st, true, GlobalValue::PrivateLinkage, ConstantArray::get(st, shown),
                                    "struct.inspect_fields");
      rows.push_back(ConstantStruct::get(
          entry, {atomConst(sd->module), ConstantInt::get(abi.i32(), sd->fields.size()),
                  ConstantInt::get(abi.i32(), sd->isException ? 1 : 0), fg, dg, sg,
                  ConstantInt::get(abi.i32(), shown.size()),
                  ConstantInt::get(abi.i32(), sd->inspectDerived ? 1 : 0)}));
    }
    ArrayType *at = ArrayType::get(entry, rows.size());
    exportedGlobal(at, ConstantArray::get(at, rows), "ath_struct_table");
    exportedGlobal(abi.i32(), ConstantInt::get(abi.i32(), rows.size()), "ath_struct_count");
  }
}

} // namespace athanor::codegen
