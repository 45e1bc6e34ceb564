// Collect: the first sema pass. Reads the file's AST and builds sema::Program: modules
// (nested ones get their full name and an alias in the parent), def/defp clauses grouped
// by name and arity, default arguments expanded into the lower arities, module attributes
// snapshotted per clause, defstruct/defexception, alias/import/require, `use` expanded
// into injected overridable definitions, and the script's top-level expressions.
//
// It reports: unsupported constructs (defmacro, defprotocol, defimpl, quote), malformed
// definitions, def and defp of the same name/arity, conflicting default arguments.
#include "sema/Injected.h"
#include "sema/Program.h"

#include <algorithm>

namespace athanor::sema {

using ast::Kind;
using ast::Node;

std::vector<uint32_t> ModuleDef::aritiesOf(const std::string &name) const {
  std::vector<uint32_t> out;
  for (auto &[key, def] : byNameArity)
    if (key.first == name)
      out.push_back(key.second);
  return out;
}

bool keywordPairs(const Node *n, std::vector<std::pair<std::string, const Node *>> &out) {
  if (!n || n->kind != Kind::List)
    return false;
  for (const Node *item : n->items) {
    if (item->kind != Kind::Tuple || item->items.size() != 2 ||
        item->items[0]->kind != Kind::Atom)
      return false;
    out.emplace_back(item->items[0]->text, item->items[1]);
  }
  return true;
}

const Node *keywordGet(const Node *kw, const std::string &key) {
  std::vector<std::pair<std::string, const Node *>> pairs;
  if (!keywordPairs(kw, pairs))
    return nullptr;
  for (auto &[k, v] : pairs)
    if (k == key)
      return v;
  return nullptr;
}

std::string aliasName(const Node *n, const std::map<std::string, std::string> &aliases,
                      const std::string &currentModule) {
  if (!n)
    return {};
  if (n->kind == Kind::Atom)
    return n->text;
  if (n->isCallTo("__MODULE__") && n->argsNil)
    return currentModule;
  if (!n->isCallTo("__aliases__") || n->items.empty())
    return {};
  std::string out;
  size_t first = 0;
  const Node *head = n->items[0];
  if (head->kind == Kind::Atom) {
    auto it = aliases.find(head->text);
    out = it != aliases.end() ? it->second : "Elixir." + head->text;
    first = 1;
  } else if (head->isCallTo("__MODULE__")) {
    if (currentModule.empty())
      return {};
    out = currentModule;
    first = 1;
  } else {
    return {};
  }
  for (size_t i = first; i < n->items.size(); ++i) {
    if (n->items[i]->kind != Kind::Atom)
      return {};
    out += "." + n->items[i]->text;
  }
  return out;
}

/// The short name Elixir's `alias Foo.Bar` introduces: "Bar".
static std::string lastSegment(const std::string &full) {
  auto dot = full.rfind('.');
  return dot == std::string::npos ? full : full.substr(dot + 1);
}

void applyDirective(const Node *item, std::map<std::string, std::string> &aliases,
                  std::vector<Import> *imports, const std::string &current,
                  DiagnosticEngine &diags_) {
  if (item->items.empty())
    return;
  const Node *target = item->items[0];
  const Node *opts = item->items.size() > 1 ? item->items[1] : nullptr;
  // alias Foo.{Bar, Baz}
  if (item->isCallTo("alias") && target->kind == Kind::Call && target->callee &&
      target->callee->isCallTo(".") && target->callee->items.size() == 2 &&
      target->callee->items[1]->isAtom("{}")) {
    std::string base = aliasName(target->callee->items[0], aliases, current);
    for (const Node *sub : target->items) {
      if (!sub->isCallTo("__aliases__"))
        continue;
      std::string full = base;
      for (const Node *seg : sub->items)
        full += "." + seg->text;
      aliases[lastSegment(full)] = full;
    }
    return;
  }
  std::string full = aliasName(target, aliases, current);
  if (full.empty()) {
    diags_.error(target->loc, "expected a module name");
    return;
  }
  if (item->isCallTo("alias")) {
    std::string as = lastSegment(full);
    if (const Node *asNode = keywordGet(opts, "as")) {
      std::string asFull = aliasName(asNode, {}, "");
      as = lastSegment(asFull);
    }
    aliases[as] = full;
  } else if (item->isCallTo("require")) {
    if (const Node *asNode = keywordGet(opts, "as"))
      aliases[lastSegment(aliasName(asNode, {}, ""))] = full;
    if (imports) {
      Import req;
      req.module = full;
      req.only.emplace();
      req.requireOnly = true;
      imports->push_back(std::move(req));
    }
  } else if (imports) {
    Import imp;
    imp.module = full;
    auto readList = [&](const Node *list, std::set<std::pair<std::string, uint32_t>> &out) {
      std::vector<std::pair<std::string, const Node *>> pairs;
      if (!keywordPairs(list, pairs))
        return false;
      for (auto &[name, arity] : pairs)
        if (arity->kind == Kind::Integer)
          out.insert({name, static_cast<uint32_t>(arity->ival)});
      return true;
    };
    if (const Node *only = keywordGet(opts, "only")) {
      std::set<std::pair<std::string, uint32_t>> set;
      if (only->kind == Kind::List)
        readList(only, set);
      imp.only = set; // `only: :functions` imports everything (empty set is handled)
      if (only->kind == Kind::Atom)
        imp.only.reset();
    }
    if (const Node *except = keywordGet(opts, "except"))
      readList(except, imp.except);
    imports->push_back(std::move(imp));
  }
}


namespace {

std::vector<const Node *> blockItems(const Node *body) {
  if (!body)
    return {};
  if (body->isCallTo("__block__"))
    return {body->items.begin(), body->items.end()};
  return {body};
}

class Collector {
public:
  Collector(ast::AstContext &ctx, Program &prog, DiagnosticEngine &diags,
            const SnippetParser &parseSnippet)
      : ctx_(ctx), prog_(prog), diags_(diags), parseSnippet_(parseSnippet) {}

  void run(const Node *root) {
    for (const Node *item : blockItems(root)) {
      if (item->isCallTo("defmodule")) {
        collectModule(item, nullptr, prog_.scriptAliases);
      } else if (item->isCallTo("alias") || item->isCallTo("require") ||
                 item->isCallTo("import")) {
        directive(item, prog_.scriptAliases, &prog_.scriptImports, "");
      } else if (const Node *imp = useBitwiseImport(item, prog_.scriptAliases, "")) {
        directive(imp, prog_.scriptAliases, &prog_.scriptImports, "");
      } else {
        rejectUnsupported(item);
        prog_.script.push_back(item);
      }
    }
  }

private:
  void rejectUnsupported(const Node *n) {
    static const char *const unsupported[] = {"defmacro", "defmacrop", "defprotocol",
                                              "defimpl", "quote", "unquote"};
    for (const char *name : unsupported)
      if (n->isCallTo(name)) {
        diags_.error(n->loc, std::string("`") + name +
                                 "` is not supported by Athanor (user macros and "
                                 "protocols are out of scope)");
        return;
      }
  }

  void collectModule(const Node *n, ModuleDef *parent,
                     const std::map<std::string, std::string> &outerAliases) {
    if (n->items.size() != 2) {
      diags_.error(n->loc, "defmodule expects a module name and a do block");
      return;
    }
    const Node *nameNode = n->items[0];
    std::string name;
    if (parent && nameNode->isCallTo("__aliases__") && !nameNode->items.empty() &&
        nameNode->items[0]->kind == Kind::Atom) {
      // Nested: `defmodule B` inside A defines A.B (not resolved through aliases).
      name = parent->name;
      for (const Node *seg : nameNode->items)
        name += "." + seg->text;
    } else {
      name = aliasName(nameNode, outerAliases, parent ? parent->name : "");
    }
    if (name.empty()) {
      diags_.error(nameNode->loc, "invalid module name in defmodule");
      return;
    }
    if (prog_.byName.count(name)) {
      diags_.error(n->loc, "module " + displayModule(name) + " is already defined");
      return;
    }
    const Node *body = keywordGet(n->items[1], "do");
    auto mod = std::make_unique<ModuleDef>();
    ModuleDef *m = mod.get();
    m->name = name;
    m->loc = n->loc;
    m->aliases = outerAliases;
    if (parent) {
      // The parent can refer to the nested module by its last segment.
      parent->aliases[nameNode->items.empty() ? lastSegment(name)
                                              : nameNode->items[0]->text] =
          parent->name + "." + nameNode->items[0]->text;
      m->aliases = parent->aliases;
    }
    prog_.byName[name] = m;
    prog_.modules.push_back(std::move(mod));

    attrs_ = std::make_shared<AttributeMap>();
    for (const Node *item : blockItems(body))
      moduleItem(item, m);
    finishModule(m);
  }

  std::string displayModule(const std::string &name) {
    return name.rfind("Elixir.", 0) == 0 ? name.substr(7) : ":" + name;
  }

  void moduleItem(const Node *item, ModuleDef *m) {
    if (item->isCallTo("def") || item->isCallTo("defp")) {
      addDef(item, m, item->isCallTo("defp"), false);
    } else if (item->isCallTo("defmodule")) {
      auto savedAttrs = attrs_;
      collectModule(item, m, m->aliases);
      attrs_ = savedAttrs;
    } else if (item->isCallTo("@")) {
      attribute(item, m);
    } else if (item->isCallTo("alias") || item->isCallTo("require") ||
               item->isCallTo("import")) {
      directive(item, m->aliases, &m->imports, m->name);
    } else if (item->isCallTo("use")) {
      useDirective(item, m);
    } else if (item->isCallTo("defstruct")) {
      defstruct(item, m, false);
    } else if (item->isCallTo("defexception")) {
      defstruct(item, m, true);
    } else if (item->isCallTo("defguard") || item->isCallTo("defguardp")) {
      defguard(item, m);
    } else if (item->isCallTo("defdelegate")) {
      defdelegate(item, m);
    } else if (item->isCallTo("defoverridable") || item->isCallTo("@")) {
      // nothing to do
    } else {
      rejectUnsupported(item);
      if (!diags_.hasErrors())
        diags_.error(item->loc, "Athanor does not run code in a module body at compile "
                                "time; only definitions and directives are allowed here");
    }
  }

  void attribute(const Node *item, ModuleDef *m) {
    if (item->items.size() != 1 || item->items[0]->kind != Kind::Call ||
        item->items[0]->callee) {
      diags_.error(item->loc, "invalid module attribute");
      return;
    }
    const Node *inner = item->items[0];
    if (inner->argsNil)
      return; // reading an attribute at module level: nothing to do
    if (inner->text == "derive" && inner->items.size() == 1)
      deriveAttribute(inner->items[0], m);
    if (inner->text == "enforce_keys" && inner->items.size() == 1)
      m->enforceKeys = inner->items[0];
    static const char *const ignored[] = {"impl", "doc", "moduledoc", "spec", "type",
                                          "typep", "opaque", "callback", "behaviour",
                                          "derive", "dialyzer", "compile", "typedoc",
                                          "macrocallback", "optional_callbacks", "enforce_keys"};
    for (const char *name : ignored)
      if (inner->text == name)
        return;
    if (inner->items.size() != 1) {
      diags_.error(item->loc, "a module attribute takes one value");
      return;
    }
    auto next = std::make_shared<AttributeMap>(*attrs_);
    (*next)[inner->text] = AttributeValue{inner->items[0], attrs_};
    attrs_ = next;
  }

  // @derive {Inspect, only: [...]} (alone or in a list): kept for the next defstruct.
  void deriveAttribute(const Node *value, ModuleDef *m) {
    std::vector<const Node *> items;
    if (value->kind == Kind::List)
      items.assign(value->items.begin(), value->items.end());
    else
      items.push_back(value);
    for (const Node *d : items)
      if (d->kind == Kind::Tuple && d->items.size() == 2 &&
          aliasName(d->items[0], m->aliases, m->name) == "Elixir.Inspect")
        m->deriveInspect = d->items[1];
  }

  void directive(const Node *item, std::map<std::string, std::string> &aliases,
                 std::vector<Import> *imports, const std::string &current) {
    applyDirective(item, aliases, imports, current, diags_);
  }

  /// Splits a def head into name, params and guard.
  bool splitHead(const Node *head, const Node *&call, const Node *&guard) {
    guard = nullptr;
    if (head->isCallTo("when") && head->items.size() == 2) {
      guard = head->items[1];
      head = head->items[0];
    }
    if (head->kind != Kind::Call || head->callee) {
      diags_.error(head->loc, "invalid function head");
      return false;
    }
    call = head;
    return true;
  }

  void addDef(const Node *item, ModuleDef *m, bool isPrivate, bool injected) {
    if (item->items.empty() || item->items.size() > 2) {
      diags_.error(item->loc, "invalid function definition");
      return;
    }
    const Node *call = nullptr, *guard = nullptr;
    if (!splitHead(item->items[0], call, guard))
      return;
    std::vector<const Node *> params;
    std::vector<const Node *> defaults;
    bool anyDefault = false;
    if (!call->argsNil)
      for (const Node *arg : call->items) {
        if (arg->isCallTo("\\\\") && arg->items.size() == 2) {
          params.push_back(arg->items[0]);
          defaults.push_back(arg->items[1]);
          anyDefault = true;
        } else {
          params.push_back(arg);
          defaults.push_back(nullptr);
        }
      }
    uint32_t arity = static_cast<uint32_t>(params.size());
    const std::string &name = call->text;

    FunctionDef *fd = m->find(name, arity);
    if (fd && fd->injected && !injected) {
      // A user definition replaces an injected (overridable) one.
      fd->clauses.clear();
      fd->injected = false;
    } else if (fd && injected && !fd->injected) {
      return; // the user already defined it
    }
    if (!fd) {
      auto owned = std::make_unique<FunctionDef>();
      fd = owned.get();
      fd->name = name;
      fd->arity = arity;
      fd->isPrivate = isPrivate;
      fd->loc = item->loc;
      fd->injected = injected;
      m->byNameArity[{name, arity}] = fd;
      m->functions.push_back(std::move(owned));
    } else if (fd->isPrivate != isPrivate && !fd->defaultsTarget) {
      diags_.error(item->loc, "def" + std::string(isPrivate ? "p " : " ") + name + "/" +
                                  std::to_string(arity) + " already defined as def" +
                                  (fd->isPrivate ? "p" : ""));
      return;
    }
    if (fd->defaultsTarget) {
      diags_.error(item->loc, "def " + name + "/" + std::to_string(arity) +
                                  " conflicts with defaults from " + name + "/" +
                                  std::to_string(fd->defaultsTarget->arity));
      return;
    }

    if (anyDefault)
      addDefaultArities(m, fd, defaults, isPrivate, item);

    if (item->items.size() == 1)
      return; // a bodiless head: only declares defaults
    const Node *kw = item->items[1];
    const Node *body = keywordGet(kw, "do");
    if (!body && !(kw && kw->kind == Kind::List)) {
      diags_.error(item->loc, "invalid function body for " + name);
      return;
    }
    Clause c;
    c.def = item;
    c.params = std::move(params);
    c.guard = guard;
    c.body = body;
    bool hasTryParts = false;
    std::vector<std::pair<std::string, const Node *>> pairs;
    keywordPairs(kw, pairs);
    for (auto &[k, v] : pairs)
      if (k == "rescue" || k == "catch" || k == "after" || k == "else")
        hasTryParts = true;
    if (hasTryParts)
      c.bodyKeywords = kw;
    c.attributes = attrs_;
    fd->clauses.push_back(std::move(c));
  }

  void addDefaultArities(ModuleDef *m, FunctionDef *target,
                         const std::vector<const Node *> &defaults, bool isPrivate,
                         const Node *item) {
    size_t total = defaults.size();
    size_t required = 0;
    for (const Node *d : defaults)
      if (!d)
        ++required;
    for (size_t k = required; k < total; ++k) {
      // With k arguments, the first (k - required) defaulted parameters are given too.
      std::vector<const Node *> filled;
      size_t givenDefaults = k - required;
      for (const Node *d : defaults) {
        if (!d) {
          filled.push_back(nullptr);
        } else if (givenDefaults > 0) {
          filled.push_back(nullptr);
          --givenDefaults;
        } else {
          filled.push_back(d);
        }
      }
      uint32_t arity = static_cast<uint32_t>(k);
      FunctionDef *existing = m->find(target->name, arity);
      if (existing) {
        if (existing->defaultsTarget == target) {
          existing->defaultArgs = filled; // a later head restates the defaults
          continue;
        }
        diags_.error(item->loc, "def " + target->name + "/" + std::to_string(total) +
                                    " defaults conflict with " + target->name + "/" +
                                    std::to_string(arity));
        continue;
      }
      auto owned = std::make_unique<FunctionDef>();
      owned->name = target->name;
      owned->arity = arity;
      owned->isPrivate = isPrivate;
      owned->loc = item->loc;
      owned->defaultsTarget = target;
      owned->defaultArgs = filled;
      owned->defaultsAttributes = attrs_;
      m->byNameArity[{target->name, arity}] = owned.get();
      m->functions.push_back(std::move(owned));
    }
  }

  void defstruct(const Node *item, ModuleDef *m, bool isException) {
    if (m->structInfo) {
      diags_.error(item->loc, "defstruct has already been called for " + displayModule(m->name));
      return;
    }
    StructInfo info;
    info.loc = item->loc;
    info.isException = isException;
    info.attributes = attrs_;
    const Node *fields = item->items.empty() ? nullptr : item->items[0];
    // defstruct @fields: the attribute's (literal) value.
    const AttributeMap *env = attrs_.get();
    for (int depth = 0; depth < 64 && fields && env && fields->isCallTo("@") &&
                        fields->items.size() == 1;
         ++depth) {
      const Node *inner = fields->items[0];
      if (inner->kind != Kind::Call || inner->callee || !inner->argsNil)
        break;
      auto it = env->find(inner->text);
      if (it == env->end())
        break;
      fields = it->second.value;
      env = it->second.env.get();
    }
    if (fields && fields->kind == Kind::List) {
      for (const Node *f : fields->items) {
        if (f->kind == Kind::Atom) {
          info.fields.push_back(f->text);
          info.defaults.push_back(nullptr);
        } else if (f->kind == Kind::Tuple && f->items.size() == 2 &&
                   f->items[0]->kind == Kind::Atom) {
          info.fields.push_back(f->items[0]->text);
          info.defaults.push_back(f->items[1]);
        } else {
          diags_.error(f->loc, "invalid struct field");
        }
      }
    } else if (fields) {
      diags_.error(fields->loc, "defstruct expects a list of fields");
    }
    if (m->deriveInspect) {
      const Node *only = keywordGet(m->deriveInspect, "only");
      const Node *except = keywordGet(m->deriveInspect, "except");
      auto names = [](const Node *list) {
        std::set<std::string> out;
        if (list && list->kind == Kind::List)
          for (const Node *a : list->items)
            if (a->kind == Kind::Atom)
              out.insert(a->text);
        return out;
      };
      std::set<std::string> onlySet = names(only), exceptSet = names(except);
      for (const std::string &f : info.fields)
        if ((!only || onlySet.count(f)) && !exceptSet.count(f))
          info.inspectFields.push_back(f);
      info.inspectDerived = info.inspectFields.size() != info.fields.size();
      m->deriveInspect = nullptr;
    }
    m->structInfo = std::move(info);
    inject(m, structInjection(isException, m->structInfo->fields));
    // @enforce_keys: struct!/2 checks the keys through __enforce_keys__/0 (stdlib/kernel.ex).
    // (A %S{} literal missing one is not rejected at compile time.)
    if (const Node *keys = m->enforceKeys) {
      std::vector<const Node *> atoms;
      if (keys->kind == Kind::Atom)
        atoms.push_back(keys);
      else if (keys->kind == Kind::List)
        atoms.assign(keys->items.begin(), keys->items.end());
      std::string list;
      for (const Node *a : atoms)
        if (a->kind == Kind::Atom)
          list += (list.empty() ? "" : ", ") + std::string(":\"") + a->text + "\"";
      inject(m, "def __enforce_keys__, do: [" + list + "]\n");
      m->enforceKeys = nullptr;
    }
  }

  void defguard(const Node *item, ModuleDef *m) {
    // defguard name(a, b) when expr
    const Node *head = item->items.size() == 1 ? item->items[0] : nullptr;
    if (!head || !head->isCallTo("when") || head->items.size() != 2 ||
        head->items[0]->kind != Kind::Call || head->items[0]->callee) {
      diags_.error(item->loc, "defguard expects `defguard name(args) when guard_expression`");
      return;
    }
    const Node *call = head->items[0];
    GuardDef g;
    g.body = head->items[1];
    g.isPrivate = item->isCallTo("defguardp");
    g.attributes = attrs_;
    if (!call->argsNil)
      for (const Node *p : call->items) {
        if (!p->isVar()) {
          diags_.error(p->loc, "defguard parameters must be variables");
          return;
        }
        g.params.push_back(p->text);
      }
    m->guards[{call->text, static_cast<uint32_t>(g.params.size())}] = std::move(g);
  }

  void defdelegate(const Node *item, ModuleDef *m) {
    // defdelegate f(a, b), to: Mod[, as: :g]  ->  def f(a, b), do: Mod.g(a, b)
    if (item->items.size() != 2) {
      diags_.error(item->loc, "defdelegate expects a head and `to:`");
      return;
    }
    const Node *head = item->items[0];
    const Node *to = keywordGet(item->items[1], "to");
    const Node *as = keywordGet(item->items[1], "as");
    if (!to || head->kind != Kind::Call || head->callee) {
      diags_.error(item->loc, "defdelegate expects a head and `to:`");
      return;
    }
    std::string target = aliasName(to, m->aliases, m->name);
    std::string fname = as && as->kind == Kind::Atom ? as->text : head->text;
    std::vector<Node *> args;
    std::vector<Node *> params;
    if (!head->argsNil)
      for (size_t i = 0; i < head->items.size(); ++i) {
        Node *v = ctx_.var(head->loc, "__delegate_arg" + std::to_string(i));
        params.push_back(v);
        args.push_back(v);
      }
    Node *callee = ctx_.call(item->loc, ".", {ctx_.atom(item->loc, target), ctx_.atom(item->loc, fname)});
    Node *body = ctx_.callExpr(item->loc, callee, args);
    Node *newHead = ctx_.call(head->loc, head->text, params);
    Node *kw = ctx_.list(item->loc, {ctx_.tuple(item->loc, {ctx_.atom(item->loc, "do"), body})});
    Node *def = ctx_.call(item->loc, "def", {newHead, kw});
    addDef(def, m, false, false);
  }

  /// `use Bitwise` (deprecated in Elixir 1.14, but accepted) is `import Bitwise`: the
  /// import directive it stands for, or nullptr when `item` is not `use Bitwise`.
  const Node *useBitwiseImport(const Node *item, const std::map<std::string, std::string> &aliases,
                               const std::string &module) {
    if (!item->isCallTo("use") || item->items.size() != 1)
      return nullptr;
    if (aliasName(item->items[0], aliases, module) != "Elixir.Bitwise")
      return nullptr;
    return ctx_.call(item->loc, "import", {const_cast<Node *>(item->items[0])});
  }

  void useDirective(const Node *item, ModuleDef *m) {
    if (item->items.empty())
      return;
    if (const Node *imp = useBitwiseImport(item, m->aliases, m->name)) {
      directive(imp, m->aliases, &m->imports, m->name);
      return;
    }
    std::string target = aliasName(item->items[0], m->aliases, m->name);
    const Node *opts = item->items.size() > 1 ? item->items[1] : nullptr;
    std::string source = useInjection(target);
    if (source.empty()) {
      diags_.error(item->loc, "`use " + displayModule(target) +
                                  "` is not supported (only GenServer, Supervisor, Agent, "
                                  "Task and DynamicSupervisor can be used)");
      return;
    }
    m->behaviours.insert(target);
    inject(m, source, opts);
  }

  /// Parses `source` (definitions in Elixir) and adds them to `m` as overridable
  /// definitions. The variable `__use_opts__` in the source stands for `opts`.
  void inject(ModuleDef *m, const std::string &source, const Node *opts = nullptr) {
    if (source.empty())
      return;
    const Node *root = parseSnippet_(source, "(injected by use)");
    if (!root)
      return;
    Node *optsNode = opts ? const_cast<Node *>(opts) : ctx_.list(m->loc, {});
    for (const Node *def : blockItems(root)) {
      Node *d = substituteOpts(const_cast<Node *>(def), optsNode);
      addDef(d, m, d->isCallTo("defp"), true);
    }
  }

  Node *substituteOpts(Node *n, Node *opts) {
    if (n->isVar() && n->text == "__use_opts__")
      return opts;
    if (n->callee)
      n->callee = substituteOpts(n->callee, opts);
    for (Node *&c : n->items)
      c = substituteOpts(c, opts);
    return n;
  }

  void finishModule(ModuleDef *m) {
    for (auto &fd : m->functions)
      if (fd->clauses.empty() && !fd->defaultsTarget)
        diags_.error(fd->loc, "function " + fd->name + "/" + std::to_string(fd->arity) +
                                  " has a head but no body");
  }

  ast::AstContext &ctx_;
  Program &prog_;
  DiagnosticEngine &diags_;
  const SnippetParser &parseSnippet_;
  std::shared_ptr<AttributeMap> attrs_ = std::make_shared<AttributeMap>();
};

} // namespace

void collectProgram(const Node *root, ast::AstContext &ctx, Program &prog,
                    DiagnosticEngine &diags, const SnippetParser &parseSnippet) {
  Collector(ctx, prog, diags, parseSnippet).run(root);
}

} // namespace athanor::sema
