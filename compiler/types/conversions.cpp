// conversions.cpp — explicit conversions T(x) (Go's types2/conversions.go) and
// assignability (operand.go).
#include "types/checker.h"

#include "syntax/lexer.h"

#include <llvm/Support/Casting.h>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;
using namespace syntax;

namespace {

bool isBytesOrRunes(Type* t) {
  if (auto* s = dyn_cast<Slice>(t->underlying())) {
    Basic* b = asBasic(s->elem);
    return b && (b->basicKind == BasicKind::Uint8 || b->basicKind == BasicKind::Int32);
  }
  return false;
}

bool hasName(Type* t) {
  return isa<Basic>(t) || isa<Named>(t);
}

}  // namespace

void Checker::conversion(Operand& x, Type* T) {
  bool constArg = x.mode == Mode::Constant;
  bool ok = false;
  std::string cause;
  if (constArg && isConstType(T)) {
    auto* t = cast<Basic>(T->underlying());
    Constant rounded = x.val;
    if (representableConst(x.val, t, &rounded)) {
      x.val = rounded;
      ok = true;
    } else if (isInteger(x.type) && isString(t)) {
      // string(rune constant)
      int32_t cp = 0xFFFD;
      if (x.val.fitsUint64() && x.val.uint64Val() <= 0x10FFFF) cp = int32_t(x.val.uint64Val());
      std::string s;
      syntax::appendRune(s, cp);
      x.val = Constant::makeString(s);
      ok = true;
    }
  } else if (convertibleTo(x, T, &cause)) {
    ok = true;
    x.mode = Mode::Value;
  }
  if (!ok) {
    if (!cause.empty()) {
      report(
          {{posFor(x), "cannot convert " + ostr(x) + " to type " + tstr(T) + ":"}, {Pos{}, cause}});
    } else {
      errorAt(x, "cannot convert " + ostr(x) + " to type " + tstr(T));
    }
    x.mode = Mode::Invalid;
    return;
  }
  // The conversion's operand, if untyped, gets its final type.
  if (isUntyped(x.type)) {
    Type* final = T;
    if (isBasic(x.type, BasicKind::UntypedNil)) {
      // nil keeps the target type
    } else if (isInterface(T) || (constArg && !isConstType(T))) {
      final = defaultType(x.type, u_);
    } else if (x.mode == Mode::Constant && isInteger(x.type) && isString(T)) {
      final = x.type;
    }
    updateExprType(x.expr, final, true);
  }
  x.type = T;
}

bool Checker::convertibleTo(Operand& x, Type* T, std::string* cause) {
  if (assignableTo(x, T, cause)) return true;
  Type* V = x.type;
  Type* Vu = V->underlying();
  Type* Tu = T->underlying();
  if (identicalIgnoreTags(Vu, Tu)) return true;
  if (auto* vp = dyn_cast<Pointer>(V)) {
    if (auto* tp = dyn_cast<Pointer>(T)) {
      if (identicalIgnoreTags(vp->elem->underlying(), tp->elem->underlying())) return true;
    }
  }
  if (isIntegerOrFloat(Vu) && isIntegerOrFloat(Tu)) return true;
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true;
  if (isString(Vu) && isBytesOrRunes(Tu)) return true;
  // []T → *[N]T (Go 1.17)
  if (auto* s = dyn_cast<Slice>(Vu)) {
    if (auto* p = dyn_cast<Pointer>(Tu)) {
      if (auto* a = dyn_cast<Array>(p->elem->underlying())) {
        if (identical(s->elem, a->elem)) return true;
      }
    }
  }
  return false;
}

// Go's assignability (operand.go): identical types, untyped values representable in
// T, identical underlying types when one side is unnamed, interface implementation,
// bidirectional channels, nil.
bool Checker::assignableTo(Operand& x, Type* T, std::string* reason) {
  if (x.mode == Mode::Invalid || T == u_.invalid()) return true;  // avoid spurious errors
  Type* V = x.type;
  if (identical(V, T)) return true;
  Type* Vu = V->underlying();
  Type* Tu = T->underlying();
  if (isUntyped(Vu)) {
    std::optional<Constant> val;
    ConvCode code;
    return implicitTypeAndValue(x, T, &val, &code) != nullptr;
  }
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T))) return true;
  if (isa<Interface>(Tu)) {
    std::string err = implements(V, T);
    if (!err.empty()) {
      if (reason) *reason = err;
      return false;
    }
    return true;
  }
  if (auto* p = dyn_cast<Pointer>(Tu); p && isInterface(p->elem)) {
    std::string err = implements(V, T);
    if (reason) *reason = err;
    return false;
  }
  if (auto* Vi = dyn_cast<Interface>(Vu)) {
    if (implements(T, V).empty()) {
      if (reason) *reason = "need type assertion";
      return false;
    }
    (void)Vi;
  }
  if (auto* Vc = dyn_cast<Chan>(Vu); Vc && Vc->dir == ChanDir::SendRecv) {
    if (auto* Tc = dyn_cast<Chan>(Tu); Tc && identical(Vc->elem, Tc->elem)) {
      return !hasName(V) || !hasName(T);
    }
  }
  return false;
}

}  // namespace minigo::types
