// index.cpp — index and slice expressions, constant index checks and indexed
// composite literal elements (Go's types2/index.go, without generics).
#include "types/checker.h"

#include <llvm/Support/Casting.h>

#include <set>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;
using namespace syntax;

void Checker::indexExpr(Operand& x, IndexExpr* e) {
  exprOrType(x, e->x);
  switch (x.mode) {
    case Mode::Invalid: use(e->index); return;
    case Mode::TypeExpr:
      notSupported(e, "generic type instantiation");
      x.mode = Mode::Invalid;
      return;
    default: break;
  }
  bool valid = false;
  int64_t length = -1;
  Type* u = x.type->underlying();
  switch (u->kind) {
    case TypeKind::Basic:
      if (isString(u)) {
        valid = true;
        if (x.mode == Mode::Constant) length = int64_t(x.val.stringVal().size());
        // An untyped string constant indexed becomes a string.
        if (isUntyped(x.type)) updateExprType(x.expr, u_.basic(BasicKind::String), true);
        x.mode = Mode::Value;
        x.type = u_.byteType;
      }
      break;
    case TypeKind::Array: {
      auto* a = cast<Array>(u);
      valid = true;
      length = a->len;
      if (x.mode != Mode::Variable) x.mode = Mode::Value;
      x.type = a->elem;
      break;
    }
    case TypeKind::Pointer:
      if (auto* a = dyn_cast<Array>(cast<Pointer>(u)->elem->underlying())) {
        valid = true;
        length = a->len;
        x.mode = Mode::Variable;
        x.type = a->elem;
      }
      break;
    case TypeKind::Slice:
      valid = true;
      x.mode = Mode::Variable;
      x.type = cast<Slice>(u)->elem;
      break;
    case TypeKind::Map: {
      auto* m = cast<Map>(u);
      Expr* idx = singleIndex(e);
      if (!idx) {
        x.mode = Mode::Invalid;
        return;
      }
      Operand key;
      expr(key, idx);
      assignment(key, m->key, "map index");
      x.mode = Mode::MapIndex;
      x.type = m->elem;
      x.expr = e;
      return;
    }
    default: break;
  }
  if (!valid) {
    error(e->pos, "invalid operation: cannot index " + ostr(x));
    x.mode = Mode::Invalid;
    return;
  }
  Expr* idx = singleIndex(e);
  if (!idx) {
    x.mode = Mode::Invalid;
    return;
  }
  int64_t v;
  index(idx, length, &v);
}

void Checker::sliceExpr(Operand& x, SliceExpr* e) {
  expr(x, e->x);
  if (x.mode == Mode::Invalid) {
    for (Expr* i : e->index) use(i);
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type* u = x.type->underlying();
  switch (u->kind) {
    case TypeKind::Basic:
      if (isString(u)) {
        if (e->full) {
          errorAt(e->index[2] ? static_cast<Node*>(e->index[2]) : e,
                  "invalid operation: 3-index slice of string");
          x.mode = Mode::Invalid;
          return;
        }
        valid = true;
        if (x.mode == Mode::Constant) length = int64_t(x.val.stringVal().size());
        if (isUntyped(x.type)) {
          updateExprType(x.expr, u_.basic(BasicKind::String), true);
          x.type = u_.basic(BasicKind::String);
        }
      }
      break;
    case TypeKind::Array: {
      auto* a = cast<Array>(u);
      valid = true;
      length = a->len;
      if (x.mode != Mode::Variable) {
        errorAt(x, "invalid operation: " + ostr(x) + " (slice of unaddressable value)");
        x.mode = Mode::Invalid;
        return;
      }
      x.type = arena_.make<Slice>(a->elem);
      break;
    }
    case TypeKind::Pointer:
      if (auto* a = dyn_cast<Array>(cast<Pointer>(u)->elem->underlying())) {
        valid = true;
        length = a->len;
        x.type = arena_.make<Slice>(a->elem);
      }
      break;
    case TypeKind::Slice: valid = true; break;
    default: break;
  }
  if (!valid) {
    errorAt(x, "invalid operation: cannot slice " + ostr(x));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  int64_t ind[3];
  for (int i = 0; i < 3; i++) {
    int64_t v = -1;
    Expr* ex = e->index[size_t(i)];
    if (ex) {
      int64_t max = length >= 0 ? length + 1 : -1;
      int64_t got = -1;
      index(ex, max, &got);
      if (got >= 0) v = got;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  // Constant indices must be non-decreasing.
  for (int i = 0; i < 2; i++) {
    if (ind[i] > 0) {
      for (int j = i + 1; j < 3; j++) {
        if (ind[j] >= 0 && ind[j] < ind[i]) {
          errorAt(e->index[size_t(j)], "invalid slice indices: " + std::to_string(ind[j]) + " < " +
                                           std::to_string(ind[i]));
          return;
        }
      }
    }
  }
}

Expr* Checker::singleIndex(IndexExpr* e) {
  Expr* idx = e->index;
  if (!idx) {
    errorAt(e, "invalid AST: missing index for " + exprString(e->x));
    return nullptr;
  }
  if (auto* l = dyn_cast<ListExpr>(idx)) {
    errorAt(l->elems[1], "invalid operation: more than one index");
    idx = l->elems[0];
  }
  return idx;
}

// Checks an index expression; returns its type (invalid on error) and its constant
// value in *val (or -1). max >= 0 is an exclusive upper bound for constant indices.
Type* Checker::index(Expr* idx, int64_t max, int64_t* val) {
  *val = -1;
  Operand x;
  expr(x, idx);
  if (!isValidIndex(x, "index", false)) return u_.invalid();
  if (x.mode != Mode::Constant) return x.type;
  if (x.val.isUnknown()) return u_.invalid();
  int64_t v = x.val.int64Val();
  if (max >= 0 && v >= max) {
    errorAt(x, "invalid argument: index " + x.val.string() +
                   " out of bounds [0:" + std::to_string(max) + "]");
    return u_.invalid();
  }
  *val = v;
  return x.type;
}

bool Checker::isValidIndex(Operand& x, const char* what, bool allowNegative) {
  if (x.mode == Mode::Invalid) return false;
  convertUntyped(x, u_.basic(BasicKind::Int));
  if (x.mode == Mode::Invalid) return false;
  if (!isInteger(x.type)) {
    errorAt(x, std::string("invalid argument: ") + what + " " + ostr(x) + " must be integer");
    return false;
  }
  if (x.mode == Mode::Constant) {
    if (!allowNegative && x.val.sign() < 0) {
      errorAt(x,
              std::string("invalid argument: ") + what + " " + ostr(x) + " must not be negative");
      return false;
    }
    Constant rounded;
    if (!representableConst(x.val, u_.basic(BasicKind::Int), &rounded)) {
      errorAt(x, std::string("invalid argument: ") + what + " " + ostr(x) + " overflows int");
      return false;
    }
    x.val = rounded;
  }
  return true;
}

int64_t Checker::indexedElts(const std::vector<Expr*>& elts, Type* typ, int64_t length) {
  std::set<int64_t> visited;
  int64_t idx = 0, max = 0;
  for (Expr* e : elts) {
    bool validIndex = false;
    Expr* eval = e;
    if (auto* kv = dyn_cast<KeyValueExpr>(e)) {
      int64_t i = -1;
      if (index(kv->key, length, &i) != u_.invalid()) {
        if (i >= 0) {
          idx = i;
          validIndex = true;
        } else {
          errorAt(e, "index " + exprString(kv->key) + " must be integer constant");
        }
      }
      eval = kv->value;
    } else if (length >= 0 && idx >= length) {
      errorAt(e, "index " + std::to_string(idx) +
                     " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (visited.count(idx)) {
        errorAt(e, "duplicate index " + std::to_string(idx) + " in array or slice literal");
      }
      visited.insert(idx);
    }
    idx++;
    if (idx > max) max = idx;
    Operand x;
    exprWithHint(x, eval, typ);
    assignment(x, typ, "array or slice literal");
  }
  return max;
}

}  // namespace minigo::types
