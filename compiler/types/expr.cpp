// expr.cpp — expressions (Go's types2/expr.go): operators, constant folding with
// overflow checks, untyped conversion, comparison, shifts, composite literals, type
// assertions, and the dispatcher rawExpr.
#include "types/checker.h"

#include "types/sizes.h"

#include <llvm/Support/Casting.h>

#include <cmath>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;
using namespace syntax;

namespace {

bool isShift(Operator op) {
  return op == Operator::Shl || op == Operator::Shr;
}

std::string opString(Operator op) {
  return std::string(operatorString(op));
}

// Position used for errors about an operation's result (the operator itself).
Pos opPos(Expr* x) {
  if (!x) return Pos{};
  if (auto* o = dyn_cast<Operation>(x)) return o->pos;
  return startPos(x);
}

std::string opName(Expr* x) {
  if (auto* o = dyn_cast<Operation>(x)) {
    if (!o->y) {
      if (o->op == Operator::Xor) return "bitwise complement";
      return "";
    }
    switch (o->op) {
      case Operator::Add: return "addition";
      case Operator::Sub: return "subtraction";
      case Operator::Xor: return "bitwise XOR";
      case Operator::Mul: return "multiplication";
      case Operator::Shl: return "shift";
      default: return "";
    }
  }
  return "";
}

}  // namespace

// Reports whether op is defined on x's type; reports Go's error otherwise.
bool Checker::opDefined(Operand& x, Operator op, bool binary) {
  bool ok = false;
  switch (op) {
    case Operator::Add:
      ok = binary ? (isNumeric(x.type) || isString(x.type)) : isNumeric(x.type);
      break;
    case Operator::Sub:
    case Operator::Mul:
    case Operator::Div: ok = isNumeric(x.type); break;
    case Operator::Rem:
    case Operator::And:
    case Operator::Or:
    case Operator::AndNot: ok = isInteger(x.type); break;
    case Operator::Xor: ok = isInteger(x.type); break;
    case Operator::Not:
    case Operator::AndAnd:
    case Operator::OrOr: ok = isBoolean(x.type); break;
    default: errorAt(x, "invalid AST: unknown operator " + opString(op)); return false;
  }
  if (!ok) {
    errorAt(x, "invalid operation: operator " + opString(op) + " not defined on " + ostr(x));
  }
  return ok;
}

void Checker::overflow(Operand& x) {
  if (x.val.isUnknown()) {
    error(opPos(x.expr), "constant result is not representable");
    return;
  }
  if (isTyped(x.type)) {
    representable(x, cast<Basic>(x.type->underlying()));
    return;
  }
  constexpr size_t prec = 512;  // Go's untyped constant precision
  if (x.val.kind() == Constant::Kind::Int && x.val.bitLen() > prec) {
    error(opPos(x.expr), "constant " + opName(x.expr) + " overflow");
    x.val = Constant();
  }
}

void Checker::unary(Operand& x, Operation* e) {
  expr(x, e->x);
  if (x.mode == Mode::Invalid) return;
  switch (e->op) {
    case Operator::And: {
      if (!isa<CompositeLit>(unparen(e->x)) && x.mode != Mode::Variable) {
        errorAt(x, "invalid operation: cannot take address of " + ostr(x));
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::Value;
      x.type = arena_.make<Pointer>(x.type);
      return;
    }
    case Operator::Recv: {
      auto* ch = dyn_cast<Chan>(x.type->underlying());
      if (!ch) {
        errorAt(x, "invalid operation: cannot receive from non-channel " + ostr(x));
        x.mode = Mode::Invalid;
        return;
      }
      if (ch->dir == ChanDir::SendOnly) {
        errorAt(x, "invalid operation: cannot receive from send-only channel " + ostr(x));
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::CommaOk;
      x.type = ch->elem;
      env_.hasCallOrRecv = true;
      return;
    }
    case Operator::Tilde:
      errorAt(e, "cannot use ~ outside of interface or type constraint");
      x.mode = Mode::Invalid;
      return;
    default: break;
  }
  if (!opDefined(x, e->op, false)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant) {
    if (x.val.isUnknown()) return;
    unsigned prec = 0;
    if (isUnsigned(x.type)) prec = unsigned(sizeOf(x.type) * 8);
    x.val = Constant::unaryOp(e->op, x.val, prec);
    x.expr = e;
    overflow(x);
    return;
  }
  x.mode = Mode::Value;
}

bool Checker::representableConst(const Constant& x, Basic* typ, Constant* rounded) {
  if (x.isUnknown()) return true;  // avoid follow-up errors
  if (typ->info & IsInteger) {
    auto iv = x.toInt();
    if (!iv) return false;
    Constant v = Constant::makeInt(*iv);
    if (rounded) *rounded = v;
    auto inRange = [&](const char* lo, const char* hi) {
      return *iv >= mpz_class(lo) && *iv <= mpz_class(hi);
    };
    switch (typ->basicKind) {
      case BasicKind::Int:
      case BasicKind::Int64: return inRange("-9223372036854775808", "9223372036854775807");
      case BasicKind::Int8: return inRange("-128", "127");
      case BasicKind::Int16: return inRange("-32768", "32767");
      case BasicKind::Int32: return inRange("-2147483648", "2147483647");
      case BasicKind::Uint:
      case BasicKind::Uintptr:
      case BasicKind::Uint64: return inRange("0", "18446744073709551615");
      case BasicKind::Uint8: return inRange("0", "255");
      case BasicKind::Uint16: return inRange("0", "65535");
      case BasicKind::Uint32: return inRange("0", "4294967295");
      case BasicKind::UntypedInt:
      case BasicKind::UntypedRune: return true;
      default: return false;
    }
  }
  if (typ->info & IsFloat) {
    if (x.kind() != Constant::Kind::Int && x.kind() != Constant::Kind::Float) return false;
    Constant f = x.toFloat();
    switch (typ->basicKind) {
      case BasicKind::Float32: {
        float v = f.float32Val();
        if (std::isinf(v)) return false;
        if (rounded) *rounded = Constant::makeFloat64(double(v));
        return true;
      }
      case BasicKind::Float64: {
        double v = f.float64Val();
        if (std::isinf(v)) return false;
        if (rounded) *rounded = Constant::makeFloat64(v);
        return true;
      }
      case BasicKind::UntypedFloat:
        if (rounded) *rounded = f;
        return true;
      default: return false;
    }
  }
  if (typ->info & IsComplex) return false;  // complex numbers are not part of minigo
  if (typ->info & IsString) return x.kind() == Constant::Kind::String;
  if (typ->info & IsBoolean) return x.kind() == Constant::Kind::Bool;
  return false;
}

Checker::ConvCode Checker::representation(Operand& x, Basic* typ, Constant* out) {
  *out = x.val;
  if (!representableConst(x.val, typ, out)) {
    if (isNumeric(x.type) && isNumeric(typ)) {
      if (!isInteger(x.type) && isInteger(typ)) return ConvCode::TruncatedFloat;
      return ConvCode::NumericOverflow;
    }
    return ConvCode::InvalidConstVal;
  }
  return ConvCode::OK;
}

void Checker::representable(Operand& x, Basic* typ) {
  Constant v;
  ConvCode code = representation(x, typ, &v);
  if (code != ConvCode::OK) {
    invalidConversion(code, x, typ);
    x.mode = Mode::Invalid;
    return;
  }
  x.val = v;
}

void Checker::invalidConversion(ConvCode code, Operand& x, Type* target) {
  switch (code) {
    case ConvCode::TruncatedFloat: errorAt(x, ostr(x) + " truncated to " + tstr(target)); break;
    case ConvCode::NumericOverflow: errorAt(x, ostr(x) + " overflows " + tstr(target)); break;
    default: errorAt(x, "cannot convert " + ostr(x) + " to " + tstr(target)); break;
  }
}

void Checker::updateExprType(Expr* x, Type* typ, bool final) {
  updateExprType0(nullptr, x, typ, final);
}

void Checker::updateExprType0(Expr* parent, Expr* x, Type* typ, bool final) {
  auto it = untyped_.find(x);
  if (it == untyped_.end()) return;
  ExprInfo old = it->second;

  switch (x->kind) {
    case NodeKind::CallExpr:
    case NodeKind::Name:
    case NodeKind::BasicLit:
    case NodeKind::SelectorExpr: break;
    case NodeKind::ParenExpr: updateExprType0(x, cast<ParenExpr>(x)->x, typ, final); break;
    case NodeKind::Operation: {
      auto* o = cast<Operation>(x);
      if (!o->y) {
        // If x is a constant, the operands were constants; they don't need updating.
        if (old.val) break;
        updateExprType0(x, o->x, typ, final);
        break;
      }
      if (old.val) break;
      if (isComparison(o->op)) {
        // The result type is independent of the operand types.
      } else if (isShift(o->op)) {
        updateExprType0(x, o->x, typ, final);
      } else {
        updateExprType0(x, o->x, typ, final);
        updateExprType0(x, o->y, typ, final);
      }
      break;
    }
    default: return;
  }

  it = untyped_.find(x);  // the recursion may have changed the map
  if (it == untyped_.end()) return;
  if (!final && isUntyped(typ)) {
    it->second.type = cast<Basic>(typ->underlying());
    return;
  }
  untyped_.erase(it);
  if (old.isLhs) {
    // x is the lhs of a shift: its final type must be integer.
    if (!isInteger(typ)) {
      errorAt(x, "invalid operation: " + exprString(parent) + " (shift of type " + tstr(typ) + ")");
      return;
    }
  }
  if (old.val) {
    Operand c;
    c.mode = old.mode;
    c.expr = x;
    c.type = old.type;
    c.val = *old.val;
    convertUntyped(c, typ);
    if (c.mode == Mode::Invalid) return;
    old.val = c.val;
  }
  recordTypeAndValue(x, old.mode, typ, old.val);
}

void Checker::updateExprVal(Expr* x, const Constant& val) {
  auto it = untyped_.find(x);
  if (it != untyped_.end()) it->second.val = val;
}

void Checker::convertUntyped(Operand& x, Type* target) {
  std::optional<Constant> val;
  ConvCode code = ConvCode::OK;
  Type* newType = implicitTypeAndValue(x, target, &val, &code);
  if (code != ConvCode::OK) {
    invalidConversion(code, x, target->underlying());
    x.mode = Mode::Invalid;
    return;
  }
  if (val) {
    x.val = *val;
    updateExprVal(x.expr, *val);
  }
  if (newType != x.type) {
    x.type = newType;
    updateExprType(x.expr, newType, false);
  }
}

Type* Checker::implicitTypeAndValue(Operand& x, Type* target, std::optional<Constant>* val,
                                    ConvCode* code) {
  *code = ConvCode::OK;
  if (x.mode == Mode::Invalid || isTyped(x.type) || target == u_.invalid()) return x.type;
  if (isUntyped(target)) {
    // both x and target are untyped
    BasicKind xk = cast<Basic>(x.type)->basicKind, tk = cast<Basic>(target)->basicKind;
    if (isNumeric(x.type) && isNumeric(target)) {
      if (xk < tk) return target;
    } else if (xk != tk) {
      *code = ConvCode::InvalidUntypedConversion;
      return nullptr;
    }
    return x.type;
  }
  if (x.isNil()) {
    if (hasNil(target)) return target;
    *code = ConvCode::InvalidUntypedConversion;
    return nullptr;
  }
  Type* u = target->underlying();
  if (auto* b = dyn_cast<Basic>(u)) {
    if (x.mode == Mode::Constant) {
      Constant v;
      *code = representation(x, b, &v);
      if (*code != ConvCode::OK) return nullptr;
      *val = v;
      return target;
    }
    // Non-constant untyped values come from comparisons (untyped bool) and shifts.
    switch (cast<Basic>(x.type)->basicKind) {
      case BasicKind::UntypedBool:
        if (!isBoolean(target)) {
          *code = ConvCode::InvalidUntypedConversion;
          return nullptr;
        }
        break;
      case BasicKind::UntypedInt:
      case BasicKind::UntypedRune:
      case BasicKind::UntypedFloat:
      case BasicKind::UntypedComplex:
        if (!isNumeric(target)) {
          *code = ConvCode::InvalidUntypedConversion;
          return nullptr;
        }
        break;
      case BasicKind::UntypedString:
        if (!isString(target)) {
          *code = ConvCode::InvalidUntypedConversion;
          return nullptr;
        }
        break;
      default: *code = ConvCode::InvalidUntypedConversion; return nullptr;
    }
    return target;
  }
  if (auto* it = dyn_cast<Interface>(u)) {
    completeInterface(it);
    if (!it->allMethods.empty()) {
      *code = ConvCode::InvalidUntypedConversion;  // no untyped values in non-empty interfaces
      return nullptr;
    }
    return defaultType(x.type, u_);
  }
  *code = ConvCode::InvalidUntypedConversion;
  return nullptr;
}

std::string Checker::kindString(Type* t) {
  switch (t->underlying()->kind) {
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Struct: return "struct";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Signature: return "func";
    case TypeKind::Interface: return "interface";
    case TypeKind::Map: return "map";
    case TypeKind::Chan: return "chan";
    default: return tstr(t);
  }
}

std::string Checker::incomparableCause(Type* t) {
  switch (t->underlying()->kind) {
    case TypeKind::Slice:
    case TypeKind::Signature:
    case TypeKind::Map: return kindString(t) + " can only be compared to nil";
    default: break;
  }
  // A struct or array containing an incomparable type.
  std::function<std::string(Type*)> why = [&](Type* x) -> std::string {
    Type* u = x->underlying();
    if (auto* s = dyn_cast<Struct>(u)) {
      for (Var* f : s->fields) {
        if (!comparable(f->type)) {
          return "struct containing " + tstr(f->type) + " cannot be compared";
        }
      }
    }
    if (auto* a = dyn_cast<Array>(u)) {
      if (!comparable(a->elem)) return tstr(x) + " cannot be compared";
    }
    return "";
  };
  return why(t);
}

void Checker::comparison(Operand& x, Operand& y, Operator op, bool switchCase) {
  if (switchCase) op = Operator::Eql;
  Operand* errOp = &x;
  std::string cause;
  bool ok = assignableTo(x, y.type, nullptr);
  if (!ok) ok = assignableTo(y, x.type, nullptr);
  if (!ok) {
    errOp = &y;
    cause = "mismatched types " + tstr(x.type) + " and " + tstr(y.type);
    goto Error;
  }
  switch (op) {
    case Operator::Eql:
    case Operator::Neq:
      if (x.isNil() || y.isNil()) {
        Type* t = x.isNil() ? y.type : x.type;
        if (!hasNil(t)) {
          errOp = &y;
          goto Error;
        }
      } else if (!comparable(x.type)) {
        errOp = &x;
        cause = incomparableCause(x.type);
        goto Error;
      } else if (!comparable(y.type)) {
        errOp = &y;
        cause = incomparableCause(y.type);
        goto Error;
      }
      break;
    default:  // < <= > >=
      if (!isOrdered(x.type)) {
        errOp = &x;
        goto Error;
      }
      if (!isOrdered(y.type)) {
        errOp = &y;
        goto Error;
      }
      break;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.val = Constant::makeBool(Constant::compare(x.val, op, y.val));
  } else {
    x.mode = Mode::Value;
    // The operands are no longer untyped (comparisons need a concrete type).
    updateExprType(x.expr, defaultType(x.type, u_), true);
    updateExprType(y.expr, defaultType(y.type, u_), true);
  }
  x.type = u_.basic(BasicKind::UntypedBool);
  return;

Error:
  if (cause.empty()) {
    cause = "operator " + opString(op) + " not defined on " + kindString(errOp->type);
  }
  if (switchCase) {
    errorAt(x, "invalid case " + exprString(x.expr) + " in switch on " + exprString(y.expr) + " (" +
                   cause + ")");
  } else {
    errorAt(*errOp, "invalid operation: " + exprString(x.expr) + " " + opString(op) + " " +
                        exprString(y.expr) + " (" + cause + ")");
  }
  x.mode = Mode::Invalid;
}

void Checker::shift(Operand& x, Operand& y, Expr* e, Operator op) {
  std::optional<mpz_class> xval;
  if (x.mode == Mode::Constant) xval = x.val.toInt();
  if (isInteger(x.type) || (isUntyped(x.type) && xval)) {
    // ok: x is an integer, or an untyped constant representable as an integer
  } else {
    errorAt(x, "invalid operation: shifted operand " + ostr(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  if (y.mode == Mode::Constant) {
    auto yval = y.val.toInt();
    if (yval && sgn(*yval) < 0) {
      errorAt(y, "invalid operation: negative shift count " + ostr(y));
      x.mode = Mode::Invalid;
      return;
    }
    if (isUntyped(y.type)) {
      representable(y, u_.basic(BasicKind::Uint));
      if (y.mode == Mode::Invalid) {
        x.mode = Mode::Invalid;
        return;
      }
    }
  } else {
    if (isInteger(y.type)) {
      // ok (signed shift counts are allowed since Go 1.13)
    } else if (isUntyped(y.type)) {
      convertUntyped(y, u_.basic(BasicKind::Uint));
      if (y.mode == Mode::Invalid) {
        x.mode = Mode::Invalid;
        return;
      }
    } else {
      errorAt(y, "invalid operation: shift count " + ostr(y) + " must be integer");
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (x.mode == Mode::Constant) {
    if (y.mode == Mode::Constant) {
      if (x.val.isUnknown() || y.val.isUnknown()) {
        x.val = Constant();
        if (!isInteger(x.type)) x.type = u_.basic(BasicKind::UntypedInt);
        return;
      }
      constexpr uint64_t shiftBound = 1023 - 1 + 52;
      if (!y.val.toInt() || !Constant::makeInt(*y.val.toInt()).fitsUint64() ||
          Constant::makeInt(*y.val.toInt()).uint64Val() > shiftBound) {
        errorAt(y, "invalid operation: invalid shift count " + ostr(y));
        x.mode = Mode::Invalid;
        return;
      }
      unsigned s = unsigned(Constant::makeInt(*y.val.toInt()).uint64Val());
      if (!isInteger(x.type)) x.type = u_.basic(BasicKind::UntypedInt);
      x.val = Constant::shift(Constant::makeInt(*xval), op, s);
      x.expr = e;
      overflow(x);
      return;
    }
    if (isUntyped(x.type)) {
      // Non-constant shift with a constant lhs: the lhs takes the type the shift
      // would have if the shift were replaced by its lhs alone (delayed check).
      auto it = untyped_.find(x.expr);
      if (it != untyped_.end()) it->second.isLhs = true;
      x.mode = Mode::Value;
      return;
    }
  }
  if (!isInteger(x.type)) {
    errorAt(x, "invalid operation: shifted operand " + ostr(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
}

void Checker::binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Operator op) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.mode == Mode::Invalid) return;
  if (y.mode == Mode::Invalid) {
    x.mode = Mode::Invalid;
    x.expr = y.expr;
    return;
  }
  if (isShift(op)) {
    shift(x, y, e, op);
    return;
  }
  auto canMix = [&](Operand& a, Operand& b) {
    if (isInterface(a.type) || isInterface(b.type)) return true;
    if (isBoolean(a.type) != isBoolean(b.type)) return false;
    if (isString(a.type) != isString(b.type)) return false;
    if (a.isNil() && !hasNil(b.type)) return false;
    if (b.isNil() && !hasNil(a.type)) return false;
    return true;
  };
  if (canMix(x, y)) {
    convertUntyped(x, y.type);
    if (x.mode == Mode::Invalid) return;
    convertUntyped(y, x.type);
    if (y.mode == Mode::Invalid) {
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (isComparison(op)) {
    comparison(x, y, op, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (x.type != u_.invalid() && y.type != u_.invalid()) {
      if (e) {
        errorAt(x, "invalid operation: " + exprString(e) + " (mismatched types " + tstr(x.type) +
                       " and " + tstr(y.type) + ")");
      } else {
        errorAt(x, "invalid operation: " + exprString(lhs) + " " + opString(op) + "= " +
                       exprString(rhs) + " (mismatched types " + tstr(x.type) + " and " +
                       tstr(y.type) + ")");
      }
    }
    x.mode = Mode::Invalid;
    return;
  }
  if (!opDefined(x, op, true)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (op == Operator::Div || op == Operator::Rem) {
    if ((x.mode == Mode::Constant || isInteger(x.type)) && y.mode == Mode::Constant &&
        y.val.sign() == 0) {
      errorAt(y, "invalid operation: division by zero");
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    if (x.val.isUnknown() || y.val.isUnknown()) {
      x.val = Constant();
      return;
    }
    bool intDiv = op == Operator::Div && isInteger(x.type);
    Constant xv = x.val, yv = y.val;
    if (intDiv) {
      // both are integral values (possibly Float kind, e.g. an untyped 4.0 as int)
      xv = Constant::makeInt(*x.val.toInt());
      yv = Constant::makeInt(*y.val.toInt());
    } else if (isInteger(x.type) &&
               (op == Operator::Rem || op == Operator::And || op == Operator::Or ||
                op == Operator::Xor || op == Operator::AndNot)) {
      xv = Constant::makeInt(*x.val.toInt());
      yv = Constant::makeInt(*y.val.toInt());
    }
    x.val = Constant::binaryOp(xv, op, yv, intDiv);
    x.expr = e;
    overflow(x);
    return;
  }
  x.mode = Mode::Value;
}

Checker::ExprKind Checker::rawExpr(Operand& x, Expr* e, Type* hint) {
  ExprKind kind = exprInternal(x, e, hint);
  record(x);
  return kind;
}

Checker::ExprKind Checker::exprInternal(Operand& x, Expr* e0, Type* hint) {
  x.mode = Mode::Invalid;
  x.type = u_.invalid();
  x.val = Constant();

  switch (e0->kind) {
    case NodeKind::BadExpr: goto Error;
    case NodeKind::Name: ident(x, cast<Name>(e0), nullptr, false); break;
    case NodeKind::DotsType: errorAt(e0, "invalid use of '...'"); goto Error;
    case NodeKind::BasicLit: {
      auto* e = cast<BasicLit>(e0);
      if (e->bad) goto Error;
      BasicKind k;
      switch (e->litKind) {
        case LitKind::Int: k = BasicKind::UntypedInt; break;
        case LitKind::Float: k = BasicKind::UntypedFloat; break;
        case LitKind::Rune: k = BasicKind::UntypedRune; break;
        case LitKind::String: k = BasicKind::UntypedString; break;
        case LitKind::Imag: notSupported(e, "complex number"); goto Error;
      }
      if ((e->litKind == LitKind::Int || e->litKind == LitKind::Float) && e->value.size() > 10000) {
        errorAt(e, "excessively long constant: " + std::string(e->value.substr(0, 10)) + "... (" +
                       std::to_string(e->value.size()) + " chars)");
        goto Error;
      }
      x.val = Constant::fromLiteral(e->value, e->litKind);
      if (x.val.isUnknown()) {
        errorAt(e, "malformed constant: " + std::string(e->value));
        goto Error;
      }
      x.mode = Mode::Constant;
      x.type = u_.basic(k);
      break;
    }
    case NodeKind::FuncLit: {
      auto* e = cast<FuncLit>(e0);
      Type* t = typ(e->type);
      auto* sig = dyn_cast<Signature>(t);
      if (!sig) goto Error;
      if (e->body) {
        DeclInfo* decl = env_.decl;
        std::optional<Constant> iota = env_.iota;
        later([this, decl, sig, e, iota] { funcBody(decl, sig, e->body, iota); });
      }
      x.mode = Mode::Value;
      x.type = sig;
      break;
    }
    case NodeKind::CompositeLit: {
      bool ok = true;
      compositeLit(x, cast<CompositeLit>(e0), hint, &ok);
      if (!ok) goto Error;
      break;
    }
    case NodeKind::ParenExpr: {
      ExprKind kind = rawExpr(x, cast<ParenExpr>(e0)->x, nullptr);
      x.expr = e0;
      return kind;
    }
    case NodeKind::SelectorExpr: selector(x, cast<SelectorExpr>(e0), nullptr); break;
    case NodeKind::IndexExpr:
      indexExpr(x, cast<IndexExpr>(e0));
      if (x.mode == Mode::Invalid) goto Error;
      break;
    case NodeKind::SliceExpr:
      sliceExpr(x, cast<SliceExpr>(e0));
      if (x.mode == Mode::Invalid) goto Error;
      break;
    case NodeKind::AssertExpr: {
      auto* e = cast<AssertExpr>(e0);
      expr(x, e->x);
      if (x.mode == Mode::Invalid) goto Error;
      if (!isa<Interface>(x.type->underlying())) {
        errorAt(x, "invalid operation: " + ostr(x) + " is not an interface");
        goto Error;
      }
      Type* T = varType(e->type);
      if (T == u_.invalid()) goto Error;
      typeAssertion(e, x, T, false);
      x.mode = Mode::CommaOk;
      x.type = T;
      break;
    }
    case NodeKind::TypeSwitchGuard: errorAt(e0, "invalid AST: use of .(type) outside type switch"); goto Error;
    case NodeKind::CallExpr: return callExpr(x, cast<CallExpr>(e0));
    case NodeKind::ListExpr: errorAt(e0, "unexpected list of expressions"); goto Error;
    case NodeKind::Operation: {
      auto* e = cast<Operation>(e0);
      if (!e->y) {
        if (e->op == Operator::Mul) {
          // pointer indirection or pointer type
          exprOrType(x, e->x);
          switch (x.mode) {
            case Mode::Invalid: goto Error;
            case Mode::TypeExpr: x.type = arena_.make<Pointer>(x.type); break;
            default: {
              auto* p = dyn_cast<Pointer>(x.type->underlying());
              if (!p) {
                errorAt(x, "invalid operation: cannot indirect " + ostr(x));
                goto Error;
              }
              x.mode = Mode::Variable;
              x.type = p->elem;
            }
          }
          break;
        }
        unary(x, e);
        if (x.mode == Mode::Invalid) goto Error;
        if (e->op == Operator::Recv) {
          x.expr = e;
          return ExprKind::Statement;  // receive operations may appear in statement context
        }
        break;
      }
      binary(x, e, e->x, e->y, e->op);
      if (x.mode == Mode::Invalid) goto Error;
      break;
    }
    case NodeKind::KeyValueExpr: errorAt(e0, "invalid AST: no key:value expected"); goto Error;
    case NodeKind::ArrayType:
    case NodeKind::SliceType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
      x.mode = Mode::TypeExpr;
      x.type = typ(e0);
      break;
    default: goto Error;
  }
  x.expr = e0;
  return ExprKind::Expression;

Error:
  x.mode = Mode::Invalid;
  x.expr = e0;
  return ExprKind::Statement;  // avoid follow-up errors
}

void Checker::compositeLit(Operand& x, CompositeLit* e, Type* hint, bool* ok) {
  Type *typ_ = nullptr, *base = nullptr;
  if (e->type) {
    // [...]T array types may only appear with composite literals.
    if (auto* at = dyn_cast<ArrayType>(e->type); at && !at->len) {
      typ_ = arena_.make<Array>(varType(at->elem), -1);
      base = typ_;
    } else {
      typ_ = typ(e->type);
      base = typ_;
    }
  } else if (hint) {
    typ_ = hint;
    base = deref(hint->underlying());  // *T implies &T{}
  } else {
    errorAt(e, "missing type in composite literal");
    *ok = false;
    return;
  }
  Type* utyp = base->underlying();
  switch (utyp->kind) {
    case TypeKind::Struct: {
      auto* st = cast<Struct>(utyp);
      if (e->elems.empty()) break;
      if (isa<KeyValueExpr>(e->elems[0])) {
        std::vector<bool> visited(st->fields.size());
        for (Expr* el : e->elems) {
          auto* kv = dyn_cast<KeyValueExpr>(el);
          if (!kv) {
            errorAt(el, "mixture of field:value and value elements in struct literal");
            continue;
          }
          auto* key = dyn_cast<Name>(kv->key);
          expr(x, kv->value);
          if (!key) {
            errorAt(kv, "invalid field name " + exprString(kv->key) + " in struct literal");
            continue;
          }
          int i = -1;
          for (size_t k = 0; k < st->fields.size(); k++) {
            Var* f = st->fields[k];
            if (f->name == key->value && (f->exported() || f->pkg == pkg_)) {
              i = int(k);
              break;
            }
          }
          if (i < 0) {
            errorAt(kv->key, "unknown field '" + std::string(key->value) +
                                 "' in struct literal of type " + tstr(base));
            continue;
          }
          Var* fld = st->fields[size_t(i)];
          recordUse(key, fld);
          assignment(x, fld->type, "struct literal");
          if (visited[size_t(i)]) {
            errorAt(kv, "duplicate field name " + std::string(key->value) + " in struct literal");
            continue;
          }
          visited[size_t(i)] = true;
        }
      } else {
        for (size_t i = 0; i < e->elems.size(); i++) {
          Expr* el = e->elems[i];
          if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
            errorAt(kv, "mixture of field:value and value elements in struct literal");
            continue;
          }
          expr(x, el);
          if (i >= st->fields.size()) {
            errorAt(x, "too many values in " + tstr(base) + "{…}");
            break;
          }
          Var* fld = st->fields[i];
          if (!fld->exported() && fld->pkg != pkg_) {
            errorAt(x, "implicit assignment to unexported field " + fld->name + " in " +
                           tstr(typ_) + " literal");
            continue;
          }
          assignment(x, fld->type, "struct literal");
        }
        if (e->elems.size() < st->fields.size()) {
          error(e->rbrace, "too few values in " + tstr(base) + "{…}");
        }
      }
      break;
    }
    case TypeKind::Array: {
      auto* at = cast<Array>(utyp);
      int64_t n = indexedElts(e->elems, at->elem, at->len);
      if (at->len < 0) {
        at->len = n;
        if (e->type) recordTypeAndValue(e->type, Mode::TypeExpr, at, std::nullopt);
      }
      break;
    }
    case TypeKind::Slice: indexedElts(e->elems, cast<Slice>(utyp)->elem, -1); break;
    case TypeKind::Map: {
      auto* mt = cast<Map>(utyp);
      std::vector<std::pair<Constant, Type*>> visited;
      for (Expr* el : e->elems) {
        auto* kv = dyn_cast<KeyValueExpr>(el);
        if (!kv) {
          errorAt(el, "missing key in map literal");
          continue;
        }
        exprWithHint(x, kv->key, mt->key);
        assignment(x, mt->key, "map literal");
        if (x.mode == Mode::Invalid) continue;
        if (x.mode == Mode::Constant) {
          bool duplicate = false;
          for (auto& [v, t] : visited) {
            if (Constant::compare(v, Operator::Eql, x.val) && identical(t, x.type))
              duplicate = true;
          }
          if (duplicate) {
            errorAt(x, "duplicate key " + x.val.string() + " in map literal");
            continue;
          }
          visited.emplace_back(x.val, x.type);
        }
        exprWithHint(x, kv->value, mt->elem);
        assignment(x, mt->elem, "map literal");
      }
      break;
    }
    default: {
      for (Expr* el : e->elems) {
        if (auto* kv = dyn_cast<KeyValueExpr>(el)) el = kv->value;
        use(el);
      }
      if (utyp != u_.invalid()) {
        errorAt(e, "invalid composite literal type " + tstr(typ_));
      }
      *ok = false;
      return;
    }
  }
  x.mode = Mode::Value;
  x.type = typ_;
}

void Checker::typeAssertion(Expr* e, Operand& x, Type* T, bool typeSwitch) {
  Func* alt = nullptr;
  Func* method = assertableTo(cast<Interface>(x.type->underlying()), T, &alt);
  if (!method) return;
  std::string cause = missingMethodReason(T, x.type, method, alt);
  if (typeSwitch) {
    errorAt(e, "impossible type switch case: " + exprString(e) + "\n\t" + ostr(x) +
                   " cannot have dynamic type " + tstr(T) + " " + cause);
    return;
  }
  errorAt(e, "impossible type assertion: " + exprString(e) + "\n\t" + tstr(T) +
                 " does not implement " + tstr(x.type) + " " + cause);
}

void Checker::expr(Operand& x, Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, 1u << unsigned(Mode::NoValue) | 1u << unsigned(Mode::Builtin) |
                 1u << unsigned(Mode::TypeExpr));
  singleValue(x);
}

void Checker::multiExpr(Operand& x, Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, 1u << unsigned(Mode::NoValue) | 1u << unsigned(Mode::Builtin) |
                 1u << unsigned(Mode::TypeExpr));
}

void Checker::exprWithHint(Operand& x, Expr* e, Type* hint) {
  rawExpr(x, e, hint);
  exclude(x, 1u << unsigned(Mode::NoValue) | 1u << unsigned(Mode::Builtin) |
                 1u << unsigned(Mode::TypeExpr));
  singleValue(x);
}

void Checker::exprOrType(Operand& x, Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(x, 1u << unsigned(Mode::NoValue));
  singleValue(x);
}

void Checker::exclude(Operand& x, unsigned modeset) {
  if ((modeset & (1u << unsigned(x.mode))) == 0) return;
  std::string msg;
  switch (x.mode) {
    case Mode::NoValue:
      msg = (modeset & (1u << unsigned(Mode::TypeExpr))) ? " used as value"
                                                         : " used as value or type";
      break;
    case Mode::Builtin: msg = " must be called"; break;
    case Mode::TypeExpr: msg = " is not an expression"; break;
    default: return;
  }
  errorAt(x, ostr(x) + msg);
  x.mode = Mode::Invalid;
}

void Checker::singleValue(Operand& x) {
  if (x.mode == Mode::Value && x.type && isa<Tuple>(x.type)) {
    errorAt(x, "multiple-value " + ostr(x) + " in single-value context");
    x.mode = Mode::Invalid;
  }
}

}  // namespace minigo::types
