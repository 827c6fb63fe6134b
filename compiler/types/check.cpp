// check.cpp — the checker's driver, error reporting and recording of results.
#include "types/checker.h"

#include <llvm/Support/Casting.h>

#include <algorithm>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;

// ---------------------------------------------------------------------------
// Info

Type* Info::typeOf(const syntax::Expr* e) const {
  auto it = types.find(e);
  return it == types.end() ? nullptr : it->second.type;
}

const TypeAndValue* Info::lookup(const syntax::Expr* e) const {
  auto it = types.find(e);
  return it == types.end() ? nullptr : &it->second;
}

Object* Info::objectOf(const syntax::Name* n) const {
  if (auto it = defs.find(n); it != defs.end() && it->second) return it->second;
  if (auto it = uses.find(n); it != uses.end()) return it->second;
  return nullptr;
}

// ---------------------------------------------------------------------------
// Checker

Checker::Checker(Arena& arena, const Universe& universe, Info& info, Diagnostics& diag,
                 CheckerConfig config, Package* pkg)
    : arena_(arena), u_(universe), info_(info), diag_(diag), conf_(std::move(config)), pkg_(pkg) {}

Checker::~Checker() = default;

void Checker::checkFiles(const std::vector<syntax::File*>& files) {
  for (syntax::File* f : files) {
    std::string name(f->pkgName->value);
    if (pkg_->name.empty()) {
      if (name == "_") {
        errorAt(f->pkgName, "invalid package name _");
      } else {
        pkg_->name = name;
      }
      files_.push_back(f);
    } else if (name == pkg_->name) {
      files_.push_back(f);
    } else {
      error(f->pkgName->pos, "package " + name + "; expected " + pkg_->name);
    }
  }
  collectObjects();
  packageObjects();
  processDelayed(0);  // includes all function bodies
  initOrder();
  unusedImports();
  recordUntyped();
}

// ---------------------------------------------------------------------------
// Errors

std::string Checker::qualifier(const Package* p) const {
  if (p == pkg_) return "";
  return p->name;
}

std::string Checker::tstr(Type* t) const {
  if (!t) return "<nil>";
  return typeString(t, [this](const Package* p) { return qualifier(p); });
}

std::string Checker::posString(Pos p) const {
  return diag_.sources()->format(p);
}

Pos Checker::posFor(const Operand& x) const {
  return x.expr ? syntax::startPos(x.expr) : Pos{};
}

void Checker::error(Pos pos, const std::string& msg, bool soft) {
  (void)soft;
  // Follow-up errors about invalid operands or types are noise.
  if (firstErr_ && (msg.find("invalid operand") != std::string::npos ||
                    msg.find("invalid type") != std::string::npos)) {
    return;
  }
  if (env_.errpos.known()) pos = env_.errpos;
  firstErr_ = true;
  diag_.error(pos, msg);
}

void Checker::errorAt(const Operand& x, const std::string& msg) {
  error(posFor(x), msg);
}

void Checker::report(const std::vector<ErrorPart>& parts, bool soft) {
  std::string msg;
  for (size_t i = 0; i < parts.size(); i++) {
    if (i > 0) {
      msg += "\n\t";
      if (parts[i].pos.known()) msg += posString(parts[i].pos) + ": ";
    }
    msg += parts[i].msg;
  }
  error(parts[0].pos, msg, soft);
}

void Checker::notSupported(const syntax::Node* n, const std::string& what) {
  error(syntax::startPos(n), what + " not supported");
}

// Go's operandString: "x (variable of type int)", "5 (untyped int constant)",
// "1 << 70 (untyped int constant 1180591620717411303424)".
std::string Checker::ostr(const Operand& x) const {
  if (x.mode == Mode::NilValue) {
    if (!x.type || x.type == u_.invalid()) return "nil (with invalid type)";
    if (isBasic(x.type, BasicKind::UntypedNil) && llvm::isa<Basic>(x.type)) return "nil";
    return "nil (of type " + tstr(x.type) + ")";
  }
  std::string buf;
  std::string expr;
  if (x.expr) {
    expr = syntax::exprString(x.expr);
  } else {
    switch (x.mode) {
      case Mode::TypeExpr: expr = tstr(x.type); break;
      case Mode::Constant: expr = x.val.string(); break;
      default: break;
    }
  }
  if (!expr.empty()) buf = expr + " (";
  bool hasType = false;
  switch (x.mode) {
    case Mode::Invalid:
    case Mode::NoValue:
    case Mode::Builtin:
    case Mode::TypeExpr: break;
    default:
      if (x.type) {
        if (isUntyped(x.type)) {
          buf += cast<Basic>(x.type)->name + " ";
          break;
        }
        hasType = true;
      }
  }
  static const char* const modeStrings[] = {
      "invalid operand",
      "no value",
      "built-in",
      "type",
      "constant",
      "variable",
      "map index expression",
      "value",
      "nil",
      "comma, ok expression",
      "comma, error expression",
  };
  buf += modeStrings[size_t(x.mode)];
  if (x.mode == Mode::Constant) {
    std::string s = x.val.string();
    if (s != expr) buf += " " + s;
  }
  if (hasType) {
    if (x.type != u_.invalid()) {
      buf += " of type " + tstr(x.type);
    } else {
      buf += " with invalid type";
    }
  }
  if (!expr.empty()) buf += ")";
  return buf;
}

std::string Checker::objectString(Object* obj) {
  std::string s;
  switch (obj->kind) {
    case ObjKind::Var: s = cast<Var>(obj)->isField ? "field " : "var "; break;
    case ObjKind::Const: s = "const "; break;
    case ObjKind::TypeName: s = "type "; break;
    case ObjKind::Func: s = "func "; break;
    case ObjKind::PkgName: s = "package "; break;
    default: break;
  }
  s += obj->name;
  if (obj->type && obj->kind != ObjKind::TypeName && obj->kind != ObjKind::PkgName) {
    s += " " + typeString(obj->type);
  }
  return s;
}

// ---------------------------------------------------------------------------
// Recording

void Checker::rememberUntyped(const syntax::Expr* e, bool lhs, Mode mode, Basic* type,
                              std::optional<Constant> val) {
  untyped_[e] = ExprInfo{lhs, mode, type, std::move(val)};
}

void Checker::record(Operand& x) {
  Type* typ;
  std::optional<Constant> val;
  switch (x.mode) {
    case Mode::Invalid: typ = u_.invalid(); break;
    case Mode::NoValue: typ = nullptr; break;
    case Mode::Constant:
      typ = x.type;
      val = x.val;
      break;
    default: typ = x.type;
  }
  if (typ && isUntyped(typ)) {
    rememberUntyped(x.expr, false, x.mode, cast<Basic>(typ), val);
  } else {
    recordTypeAndValue(x.expr, x.mode, typ, val);
  }
}

void Checker::recordUntyped() {
  // Deterministic order is not needed: each entry is independent.
  for (auto& [e, info] : untyped_) {
    recordTypeAndValue(e, info.mode, info.type, info.val);
  }
  untyped_.clear();
}

void Checker::recordTypeAndValue(const syntax::Expr* x, Mode mode, Type* type,
                                 const std::optional<Constant>& val) {
  if (mode == Mode::Invalid) return;
  TypeAndValue tv;
  tv.mode = mode;
  tv.type = type;
  if (mode == Mode::Constant && val) tv.value = arena_.make<Constant>(*val);
  info_.types[x] = tv;
}

void Checker::recordDef(const syntax::Name* id, Object* obj) {
  info_.defs[id] = obj;
}

void Checker::recordUse(const syntax::Name* id, Object* obj) {
  info_.uses[id] = obj;
}

void Checker::recordImplicit(const syntax::Node* n, Object* obj) {
  info_.implicits[n] = obj;
}

void Checker::recordSelection(syntax::SelectorExpr* x, SelectionKind kind, Type* recv, Object* obj,
                              std::vector<int> index, bool indirect) {
  recordUse(x->sel, obj);
  info_.selections[x] = Selection{kind, recv, obj, std::move(index), indirect};
}

void Checker::recordScope(const syntax::Node* n, Scope* s) {
  info_.scopes[n] = s;
}

void Checker::recordCommaOkTypes(syntax::Expr* x, Type* a0, Type* a1) {
  if (!a0 || !a1) return;
  for (;;) {
    auto it = info_.types.find(x);
    if (it == info_.types.end()) return;
    auto* t = arena_.make<Tuple>();
    t->vars.push_back(arena_.make<Var>(x->pos, pkg_, "", a0));
    t->vars.push_back(arena_.make<Var>(x->pos, pkg_, "", a1));
    it->second.type = t;
    auto* p = dyn_cast<syntax::ParenExpr>(x);
    if (!p) break;
    x = p->x;
  }
}

void Checker::later(std::function<void()> f) {
  delayed_.push_back(std::move(f));
}

void Checker::processDelayed(size_t top) {
  // Actions may add more actions; process them in FIFO order.
  for (size_t i = top; i < delayed_.size(); i++) {
    auto f = std::move(delayed_[i]);
    f();
  }
  delayed_.resize(top);
}

void Checker::addDeclDep(Object* to) {
  DeclInfo* from = env_.decl;
  if (!from) return;               // not in a package-level init expression
  if (!objMap_.count(to)) return;  // not a package-level object
  from->deps.insert(to);
}

// ---------------------------------------------------------------------------
// Small helpers shared by the checker's files

bool isNonTypeParamInterface(Type* t) {
  return isInterface(t);
}

Type* deref(Type* t, bool* isPtr) {
  if (auto* p = dyn_cast<Pointer>(t)) {
    if (isPtr) *isPtr = true;
    return p->elem;
  }
  if (isPtr) *isPtr = false;
  return t;
}

}  // namespace minigo::types
