// builtins.cpp — calls of the predeclared functions (Go's types2/builtins.go): append,
// cap, close, copy, delete, len, make, new, panic, print, println, recover. complex,
// real and imag are rejected: complex numbers are not part of minigo's language.
#include "types/checker.h"

#include <llvm/Support/Casting.h>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;
using namespace syntax;

namespace {

struct BuiltinSpec {
  const char* name;
  size_t nargs;
  bool variadic;
};

BuiltinSpec spec(BuiltinId id) {
  switch (id) {
    case BuiltinId::Append: return {"append", 1, true};
    case BuiltinId::Cap: return {"cap", 1, false};
    case BuiltinId::Close: return {"close", 1, false};
    case BuiltinId::Complex: return {"complex", 2, false};
    case BuiltinId::Copy: return {"copy", 2, false};
    case BuiltinId::Delete: return {"delete", 2, false};
    case BuiltinId::Imag: return {"imag", 1, false};
    case BuiltinId::Len: return {"len", 1, false};
    case BuiltinId::Make: return {"make", 1, true};
    case BuiltinId::New: return {"new", 1, false};
    case BuiltinId::Panic: return {"panic", 1, false};
    case BuiltinId::Print: return {"print", 0, true};
    case BuiltinId::Println: return {"println", 0, true};
    case BuiltinId::Real: return {"real", 1, false};
    case BuiltinId::Recover: return {"recover", 0, false};
    default: return {"?", 0, false};
  }
}

}  // namespace

bool Checker::builtin(Operand& x, CallExpr* call, BuiltinId id) {
  BuiltinSpec bin = spec(id);
  if (call->hasDots && id != BuiltinId::Append) {
    errorAt(call, std::string("invalid operation: invalid use of ... with built-in ") + bin.name);
    useList(call->args);
    return false;
  }
  if (id == BuiltinId::Complex || id == BuiltinId::Real || id == BuiltinId::Imag) {
    notSupported(call, "complex numbers (built-in " + std::string(bin.name) + ")");
    useList(call->args);
    return false;
  }
  bool savedCallOrRecv = env_.hasCallOrRecv;
  if (id == BuiltinId::Len || id == BuiltinId::Cap) env_.hasCallOrRecv = false;

  // Evaluate the arguments, except for make and new whose first argument is a type.
  std::vector<Operand> args;
  size_t nargs = call->args.size();
  if (id != BuiltinId::Make && id != BuiltinId::New) {
    bool commaOk;
    args = exprList(call->args, false, &commaOk);
    nargs = args.size();
    if (nargs > 0) {
      x = args[0];
      if (x.mode == Mode::Invalid) {
        env_.hasCallOrRecv = savedCallOrRecv || env_.hasCallOrRecv;
        return false;
      }
    }
  }
  std::string msg;
  if (nargs < bin.nargs) {
    msg = "not enough";
  } else if (!bin.variadic && nargs > bin.nargs) {
    msg = "too many";
  }
  if (!msg.empty()) {
    errorAt(call, "invalid operation: " + msg + " arguments for " + exprString(call) +
                      " (expected " + std::to_string(bin.nargs) + ", found " +
                      std::to_string(nargs) + ")");
    return false;
  }

  switch (id) {
    case BuiltinId::Append: {
      Type* S = x.type;
      auto* s = dyn_cast<Slice>(S->underlying());
      if (!s) {
        std::string cause = x.isNil() ? "have untyped nil" : "have " + ostr(x);
        errorAt(x, "first argument to append must be a slice; " + cause);
        return false;
      }
      // append([]byte, string...)
      if (nargs == 2 && call->hasDots) {
        Operand y = args[1];
        if (y.mode == Mode::Invalid) return false;
        if (isBasic(s->elem, BasicKind::Uint8) && isString(y.type)) {
          x.mode = Mode::Value;
          x.type = S;
          break;
        }
      }
      auto* sig = arena_.make<Signature>();
      sig->params = arena_.make<Tuple>();
      sig->params->vars.push_back(arena_.make<Var>(Pos{}, nullptr, "", S));
      sig->params->vars.push_back(
          arena_.make<Var>(Pos{}, nullptr, "", arena_.make<Slice>(s->elem)));
      sig->variadic = true;
      arguments(call, sig, args);
      x.mode = Mode::Value;
      x.type = S;
      break;
    }
    case BuiltinId::Cap:
    case BuiltinId::Len: {
      Mode mode = Mode::Invalid;
      std::optional<Constant> val;
      Type* u = x.type->underlying();
      if (auto* p = dyn_cast<Pointer>(u)) {
        if (auto* a = dyn_cast<Array>(p->elem->underlying())) u = a;
      }
      switch (u->kind) {
        case TypeKind::Basic:
          if (isString(u) && id == BuiltinId::Len) {
            if (x.mode == Mode::Constant) {
              mode = Mode::Constant;
              val = Constant::makeInt64(int64_t(x.val.stringVal().size()));
            } else {
              mode = Mode::Value;
            }
          }
          break;
        case TypeKind::Array:
          mode = Mode::Value;
          // len/cap of an array is constant unless the expression has calls/receives.
          if (!env_.hasCallOrRecv) {
            mode = Mode::Constant;
            int64_t n = cast<Array>(u)->len;
            val = n >= 0 ? Constant::makeInt64(n) : Constant();
          }
          break;
        case TypeKind::Slice:
        case TypeKind::Chan: mode = Mode::Value; break;
        case TypeKind::Map:
          if (id == BuiltinId::Len) mode = Mode::Value;
          break;
        default: break;
      }
      env_.hasCallOrRecv = savedCallOrRecv;
      if (mode == Mode::Invalid && x.type->underlying() != u_.invalid()) {
        errorAt(x, "invalid argument: " + ostr(x) + " for " + bin.name);
        return false;
      }
      // Record the argument's final (typed) type when it is an untyped string.
      if (isUntyped(x.type)) updateExprType(x.expr, defaultType(x.type, u_), true);
      x.mode = mode;
      x.type = u_.basic(BasicKind::Int);
      if (val) x.val = *val;
      break;
    }
    case BuiltinId::Close: {
      auto* ch = dyn_cast<Chan>(x.type->underlying());
      if (!ch) {
        errorAt(x, "invalid operation: cannot close non-channel " + ostr(x));
        return false;
      }
      if (ch->dir == ChanDir::RecvOnly) {
        errorAt(x, "invalid operation: cannot close receive-only channel " + ostr(x));
        return false;
      }
      x.mode = Mode::NoValue;
      break;
    }
    case BuiltinId::Copy: {
      auto* dst = dyn_cast<Slice>(x.type->underlying());
      Operand& y = args[1];
      if (y.mode == Mode::Invalid) return false;
      Type* src0 = y.type->underlying();
      Slice* src = dyn_cast<Slice>(src0);
      Type* srcElem = src ? src->elem : nullptr;
      if (isString(src0)) srcElem = u_.byteType;
      if (!dst || !srcElem) {
        errorAt(x, "invalid argument: copy expects slice arguments; found " + ostr(x) + " and " +
                       ostr(y));
        return false;
      }
      if (!identical(dst->elem, srcElem)) {
        errorAt(x, "invalid argument: arguments to copy " + ostr(x) + " and " + ostr(y) +
                       " have different element types " + tstr(dst->elem) + " and " +
                       tstr(srcElem));
        return false;
      }
      if (isUntyped(y.type)) updateExprType(y.expr, u_.basic(BasicKind::String), true);
      x.mode = Mode::Value;
      x.type = u_.basic(BasicKind::Int);
      break;
    }
    case BuiltinId::Delete: {
      auto* m = dyn_cast<Map>(x.type->underlying());
      if (!m) {
        errorAt(x, "invalid argument: " + ostr(x) + " is not a map");
        return false;
      }
      Operand k = args[1];
      if (k.mode == Mode::Invalid) return false;
      assignment(k, m->key, "argument to delete");
      if (k.mode == Mode::Invalid) return false;
      x.mode = Mode::NoValue;
      break;
    }
    case BuiltinId::Make: {
      Expr* arg0 = call->args[0];
      Type* T = varType(arg0);
      if (T == u_.invalid()) return false;
      size_t min;
      switch (T->underlying()->kind) {
        case TypeKind::Slice: min = 2; break;
        case TypeKind::Map:
        case TypeKind::Chan: min = 1; break;
        default:
          errorAt(arg0, "invalid argument: cannot make " + exprString(arg0) +
                            "; type must be slice, map, or channel");
          return false;
      }
      if (nargs < min || min + 1 < nargs) {
        errorAt(call, "invalid operation: " + exprString(call) + " expects " + std::to_string(min) +
                          " or " + std::to_string(min + 1) + " arguments; found " +
                          std::to_string(nargs));
        return false;
      }
      std::vector<int64_t> sizes;
      for (size_t i = 1; i < call->args.size(); i++) {
        int64_t size = -1;
        index(call->args[i], -1, &size);
        if (size >= 0) sizes.push_back(size);
      }
      if (sizes.size() == 2 && sizes[0] > sizes[1]) {
        errorAt(call->args[1], "invalid argument: length and capacity swapped");
      }
      x.mode = Mode::Value;
      x.type = T;
      break;
    }
    case BuiltinId::New: {
      Type* T = varType(call->args[0]);
      if (T == u_.invalid()) return false;
      x.mode = Mode::Value;
      x.type = arena_.make<Pointer>(T);
      break;
    }
    case BuiltinId::Panic: {
      // Calls of panic make a statement list terminating (see isTerminating).
      if (env_.sig && tupleLen(env_.sig->results) > 0 && env_.isPanic) env_.isPanic->insert(call);
      assignment(x, u_.emptyInterface, "argument to panic");
      if (x.mode == Mode::Invalid) return false;
      x.mode = Mode::NoValue;
      break;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      for (size_t i = 0; i < nargs; i++) {
        Operand a = args[i];
        assignment(a, nullptr, std::string("argument to ") + bin.name);
        if (a.mode == Mode::Invalid) return false;
      }
      x.mode = Mode::NoValue;
      break;
    }
    case BuiltinId::Recover:
      x.mode = Mode::Value;
      x.type = u_.emptyInterface;
      break;
    default: return false;
  }
  return true;
}

}  // namespace minigo::types
