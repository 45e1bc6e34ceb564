// The library manifest (see Manifest.h).
#include "core/Manifest.h"

#include "format/Quote.h"

#include <cstdio>
#include <sstream>

namespace athanor::core {

namespace {

/// A constant as Elixir source that parses back to the same constant.
void constSource(const Program &prog, const Const *c, std::string &out) {
  switch (c->kind) {
  case Const::Kind::Int:
    out += std::to_string(c->ival);
    return;
  case Const::Kind::BigInt:
    out += c->text;
    return;
  case Const::Kind::Float: {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17e", c->fval);
    out += buf;
    return;
  }
  case Const::Kind::Atom:
    out += ":\"" + format::escapeString(prog.atoms[c->atom]) + "\"";
    return;
  case Const::Kind::Binary:
    out += "\"" + format::escapeString(c->text) + "\"";
    return;
  case Const::Kind::Nil:
    out += "[]";
    return;
  case Const::Kind::Cons: {
    out += "[";
    const Const *cur = c;
    bool first = true;
    while (cur->kind == Const::Kind::Cons) {
      if (!first)
        out += ", ";
      first = false;
      constSource(prog, cur->elems[0], out);
      cur = cur->elems[1];
    }
    if (cur->kind != Const::Kind::Nil) {
      out += " | ";
      constSource(prog, cur, out);
    }
    out += "]";
    return;
  }
  case Const::Kind::Tuple:
    out += "{";
    for (size_t i = 0; i < c->elems.size(); ++i) {
      if (i)
        out += ", ";
      constSource(prog, c->elems[i], out);
    }
    out += "}";
    return;
  case Const::Kind::Map:
    out += "%{";
    for (size_t i = 0; i + 1 < c->elems.size(); i += 2) {
      if (i)
        out += ", ";
      constSource(prog, c->elems[i], out);
      out += " => ";
      constSource(prog, c->elems[i + 1], out);
    }
    out += "}";
    return;
  case Const::Kind::Fun:
    out += "nil"; // not representable; struct defaults never hold closures
    return;
  }
}

} // namespace

std::string writeManifest(const sema::Program &sem, const Program &prog) {
  std::string out = "athanor-manifest 1\n";
  for (size_t i = prog.firstOwnAtom; i < prog.atoms.size(); ++i)
    out += "atom " + std::to_string(prog.atoms[i].size()) + " " + prog.atoms[i] + "\n";
  for (const auto &m : sem.modules) {
    out += "module " + m->name + "\n";
    for (const auto &fd : m->functions)
      if (!fd->isPrivate)
        out += "fn " + fd->name + " " + std::to_string(fd->arity) + "\n";
    if (m->structInfo) {
      const StructDef *sd = nullptr;
      for (const StructDef *s : prog.structs)
        if (s->module == m->name)
          sd = s;
      out += std::string("struct ") + (m->structInfo->isException ? "1" : "0") + "\n";
      size_t offset = 0;
      for (size_t i = 0; i < m->structInfo->fields.size(); ++i) {
        std::string def = "nil";
        if (sd && i + offset < sd->defaults.size()) {
          def.clear();
          constSource(prog, sd->defaults[i + offset], def);
        }
        out += "field " + m->structInfo->fields[i] + " " + def + "\n";
      }
    }
  }
  return out;
}

bool readManifest(const std::string &text, sema::Program &sem,
                  const sema::SnippetParser &parseSnippet, std::string &error) {
  std::istringstream in(text);
  std::string line;
  if (!std::getline(in, line) || line != "athanor-manifest 1") {
    error = "not an athanor manifest";
    return false;
  }
  sema::ExternalModule *cur = nullptr;
  size_t lineNo = 1;
  while (std::getline(in, line)) {
    ++lineNo;
    auto sp = line.find(' ');
    std::string kind = line.substr(0, sp);
    std::string rest = sp == std::string::npos ? "" : line.substr(sp + 1);
    if (kind == "atom") {
      auto sp2 = rest.find(' ');
      size_t len = std::stoul(rest.substr(0, sp2));
      std::string name = rest.substr(sp2 + 1);
      // A name with a newline continues on the next lines.
      while (name.size() < len && std::getline(in, line))
        name += "\n" + line;
      sem.externalAtoms.push_back(name.substr(0, len));
    } else if (kind == "module") {
      cur = &sem.externals[rest];
      cur->name = rest;
    } else if (kind == "fn" && cur) {
      auto sp2 = rest.rfind(' ');
      cur->exports.insert({rest.substr(0, sp2), static_cast<uint32_t>(std::stoul(rest.substr(sp2 + 1)))});
    } else if (kind == "struct" && cur) {
      cur->structInfo.emplace();
      cur->structInfo->isException = rest == "1";
    } else if (kind == "field" && cur && cur->structInfo) {
      auto sp2 = rest.find(' ');
      cur->structInfo->fields.push_back(rest.substr(0, sp2));
      const ast::Node *def = parseSnippet(rest.substr(sp2 + 1), "(manifest)");
      cur->structInfo->defaults.push_back(def);
    } else if (!line.empty()) {
      error = "malformed manifest line " + std::to_string(lineNo);
      return false;
    }
  }
  return true;
}

} // namespace athanor::core
