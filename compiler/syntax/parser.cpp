// parser.cpp — see parser.h. Productions are annotated with Go's grammar.
#include "syntax/parser.h"

#include "syntax/branches.h"

#include <llvm/Support/Casting.h>

namespace minigo::syntax {

using llvm::dyn_cast;
using llvm::isa;

namespace {

uint64_t tokBit(Tok t) {
  return uint64_t(1) << unsigned(t);
}

// Keywords that start a statement: good places to resume after an error inside a
// function body.
const uint64_t stopset = tokBit(Tok::Break) | tokBit(Tok::Const) | tokBit(Tok::Continue) |
                         tokBit(Tok::Defer) | tokBit(Tok::Fallthrough) | tokBit(Tok::For) |
                         tokBit(Tok::Go) | tokBit(Tok::Goto) | tokBit(Tok::If) |
                         tokBit(Tok::Return) | tokBit(Tok::Select) | tokBit(Tok::Switch) |
                         tokBit(Tok::Type) | tokBit(Tok::Var);

bool isEmptyFuncDecl(Decl* d) {
  auto* f = dyn_cast<FuncDecl>(d);
  return f && !f->body;
}

// Whether x must be a value (not a type) syntactically (Go's isValue).
bool isValue(Expr* x) {
  switch (x->kind) {
    case NodeKind::BasicLit:
    case NodeKind::CompositeLit:
    case NodeKind::FuncLit:
    case NodeKind::SliceExpr:
    case NodeKind::AssertExpr:
    case NodeKind::TypeSwitchGuard:
    case NodeKind::CallExpr: return true;
    case NodeKind::Operation: {
      auto* o = llvm::cast<Operation>(x);
      return o->op != Operator::Mul || o->y != nullptr;
    }
    case NodeKind::ParenExpr: return isValue(llvm::cast<ParenExpr>(x)->x);
    case NodeKind::IndexExpr: {
      auto* i = llvm::cast<IndexExpr>(x);
      return isValue(i->x) || isValue(i->index);
    }
    default: return false;
  }
}

bool isTypeElem(Expr* x) {
  switch (x->kind) {
    case NodeKind::ArrayType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::SliceType:
    case NodeKind::MapType:
    case NodeKind::ChanType: return true;
    case NodeKind::Operation: {
      auto* o = llvm::cast<Operation>(x);
      return isTypeElem(o->x) || (o->y && isTypeElem(o->y)) || o->op == Operator::Tilde;
    }
    case NodeKind::ParenExpr: return isTypeElem(llvm::cast<ParenExpr>(x)->x);
    default: return false;
  }
}

}  // namespace

Parser::Parser(const SourceFile& file, AstArena& arena, Diagnostics& diag)
    : lex_(file, diag), arena_(arena), diag_(diag) {
  next();
}

// ---------------------------------------------------------------------------
// Token helpers and errors

bool Parser::got(Tok t) {
  if (tok() == t) {
    next();
    return true;
  }
  return false;
}

void Parser::want(Tok t) {
  if (!got(t)) {
    syntaxError("expecting " + std::string(tokenWord(t)));
    advance();
  }
}

// Like got(Assign) but also accepts ":=" (reporting an error), for better recovery.
bool Parser::gotAssign() {
  switch (tok()) {
    case Tok::Define: syntaxError("expecting ="); [[fallthrough]];
    case Tok::Assign: next(); return true;
    default: return false;
  }
}

void Parser::errorAt(Pos p, std::string msg) {
  errcnt_++;
  diag_.error(p, std::move(msg));
}

void Parser::syntaxErrorAt(Pos p, std::string msg) {
  if (tok() == Tok::EOF_ && errors() > 0) return;  // avoid meaningless follow-up errors

  if (msg.empty()) {
    // nothing to add
  } else if (msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ")) {
    msg = " " + msg;
  } else if (msg.starts_with("expecting ")) {
    msg = ", " + msg;
  } else {
    // plain error: the current token does not matter
    errorAt(p, "syntax error: " + msg);
    return;
  }

  std::string t;
  switch (tok()) {
    case Tok::Name:
    case Tok::Semi: t = std::string(lex_.lit); break;
    case Tok::Literal: t = "literal " + std::string(lex_.lit); break;
    case Tok::Operator: t = std::string(operatorString(lex_.op)); break;
    case Tok::AssignOp: t = std::string(operatorString(lex_.op)) + "="; break;
    case Tok::IncOp:
      t = std::string(operatorString(lex_.op));
      t += t;
      break;
    default: t = std::string(tokenWord(tok()));
  }
  errorAt(p, "syntax error: unexpected " + t + msg);
}

// Consumes tokens until one of the followlist (or, inside a function, a statement
// keyword) comes up. With an empty followlist it consumes exactly one token.
void Parser::advance(std::initializer_list<Tok> followlist) {
  uint64_t followset = tokBit(Tok::EOF_);
  if (followlist.size() > 0) {
    if (fnest_ > 0) followset |= stopset;
    for (Tok t : followlist) followset |= tokBit(t);
  }
  while ((followset & tokBit(tok())) == 0) {
    next();
    if (followlist.size() == 0) break;
  }
}

bool Parser::nestingTooDeep() {
  if (depth_ <= maxDepth) return false;
  if (!tooDeep_) {
    tooDeep_ = true;
    syntaxError("program nested too deeply (more than " + std::to_string(maxDepth) + " levels)");
  }
  // Skip the rest of the input: no meaningful recovery is possible.
  while (tok() != Tok::EOF_) next();
  return true;
}

// ---------------------------------------------------------------------------
// Package files

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
File* Parser::parseFile() {
  auto* f = arena_.make<File>(pos());
  f->source = &lex_.file();

  if (!got(Tok::Package)) {
    syntaxError("package statement must be first");
    return nullptr;
  }
  f->pkgName = name();
  want(Tok::Semi);
  if (errors() > 0) return nullptr;  // don't bother continuing

  while (got(Tok::Import)) {
    appendGroup(f->decls, [this](Group* g) { return importDecl(g); });
    want(Tok::Semi);
  }

  while (tok() != Tok::EOF_) {
    switch (tok()) {
      case Tok::Const:
        next();
        appendGroup(f->decls, [this](Group* g) { return constDecl(g); });
        break;
      case Tok::Type:
        next();
        appendGroup(f->decls, [this](Group* g) { return typeDecl(g); });
        break;
      case Tok::Var:
        next();
        appendGroup(f->decls, [this](Group* g) { return varDecl(g); });
        break;
      case Tok::Func:
        next();
        if (FuncDecl* d = funcDeclOrNull()) f->decls.push_back(d);
        break;
      default:
        if (tok() == Tok::Lbrace && !f->decls.empty() && isEmptyFuncDecl(f->decls.back())) {
          syntaxError("unexpected semicolon or newline before {");
        } else {
          syntaxError("non-declaration statement outside function body");
        }
        advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        continue;
    }
    if (tok() != Tok::EOF_ && !got(Tok::Semi)) {
      syntaxError("after top level declaration");
      advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
  }
  f->eof = pos();
  return f;
}

// list = [ f { sep f } [sep] ] close .
template <typename F>
Pos Parser::list(const char* context, Tok sep, Tok close, F f) {
  bool done = false;
  while (tok() != Tok::EOF_ && tok() != close && !done) {
    done = f();
    if (!got(sep) && tok() != close) {
      syntaxError(std::string("in ") + context + "; possibly missing " +
                  std::string(tokenWord(sep)) + " or " + std::string(tokenWord(close)));
      advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      if (tok() != close) return pos();
    }
  }
  Pos p = pos();
  want(close);
  return p;
}

// appendGroup(f) = f | "(" { f ";" } ")" .
template <typename F>
void Parser::appendGroup(std::vector<Decl*>& out, F f) {
  if (tok() == Tok::Lparen) {
    Group* g = arena_.makeGroup();
    next();
    list("grouped declaration", Tok::Semi, Tok::Rparen, [&] {
      if (Decl* x = f(g)) {
        x->group = g;
        out.push_back(x);
      }
      g->index++;
      return false;
    });
  } else {
    if (Decl* x = f(nullptr)) out.push_back(x);
  }
}

// ImportSpec = [ "." | PackageName ] ImportPath .
Decl* Parser::importDecl(Group*) {
  auto* d = arena_.make<ImportDecl>(pos());
  switch (tok()) {
    case Tok::Name: d->localName = name(); break;
    case Tok::Dot:
      d->localName = arena_.make<Name>(pos(), ".");
      next();
      break;
    default: break;
  }
  d->path = oliteral();
  if (!d->path) {
    syntaxError("missing import path");
    advance({Tok::Semi, Tok::Rparen});
    return d;
  }
  if (!d->path->bad && d->path->litKind != LitKind::String) {
    syntaxError("import path must be a string");
    d->path->bad = true;
  }
  return d;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
Decl* Parser::constDecl(Group* g) {
  auto* d = arena_.make<ConstDecl>(pos());
  d->iota = g ? g->index : 0;
  d->names = nameList(name());
  if (tok() != Tok::EOF_ && tok() != Tok::Semi && tok() != Tok::Rparen) {
    d->type = typeOrNull();
    if (gotAssign()) d->values = exprList();
  }
  return d;
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
Decl* Parser::typeDecl(Group*) {
  auto* d = arena_.make<TypeDecl>(pos());
  d->name = name();
  if (tok() == Tok::Lbrack) {
    // array/slice type or type parameter list
    Pos p = pos();
    next();
    switch (tok()) {
      case Tok::Name: {
        Expr* x = name();
        if (tok() != Tok::Lbrack) {
          xnest_++;
          x = binaryExpr(pexpr(x, false), 0);
          xnest_--;
        }
        // A name followed by something other than "]" starts a type parameter list.
        Name* pname = dyn_cast<Name>(x);
        Expr* ptype = nullptr;
        if (!pname) {
          if (auto* o = dyn_cast<Operation>(x); o && o->y && o->op == Operator::Mul) {
            if (auto* n = dyn_cast<Name>(o->x); n && (tok() == Tok::Comma || isTypeElem(o->y))) {
              pname = n;
              auto* star = arena_.make<Operation>(o->pos);
              star->op = Operator::Mul;
              star->x = o->y;
              ptype = star;
            }
          } else if (auto* c = dyn_cast<CallExpr>(x)) {
            if (auto* n = dyn_cast<Name>(c->fun); n && c->args.size() == 1 && !c->hasDots &&
                                                  (tok() == Tok::Comma || isTypeElem(c->args[0]))) {
              pname = n;
              ptype = c->args[0];
            }
          }
        }
        if (pname && (ptype || tok() != Tok::Rbrack)) {
          d->tparams = paramList(pname, ptype, Tok::Rbrack, true);
          d->alias = gotAssign();
          d->type = typeOrNull();
        } else {
          d->type = arrayType(p, x);
        }
        break;
      }
      case Tok::Rbrack:
        next();
        d->type = sliceType(p);
        break;
      default: d->type = arrayType(p, nullptr);
    }
  } else {
    d->alias = gotAssign();
    d->type = typeOrNull();
  }
  if (!d->type) {
    d->type = badExpr();
    syntaxError("in type declaration");
    advance({Tok::Semi, Tok::Rparen});
  }
  return d;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
Decl* Parser::varDecl(Group*) {
  auto* d = arena_.make<VarDecl>(pos());
  d->names = nameList(name());
  if (gotAssign()) {
    d->values = exprList();
  } else {
    d->type = type_();
    if (gotAssign()) d->values = exprList();
  }
  return d;
}

// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
FuncDecl* Parser::funcDeclOrNull() {
  auto* f = arena_.make<FuncDecl>(pos());
  if (got(Tok::Lparen)) {
    std::vector<Field*> rcvr = paramList(nullptr, nullptr, Tok::Rparen, false);
    switch (rcvr.size()) {
      case 0: error("method has no receiver"); break;
      default: error("method has multiple receivers"); [[fallthrough]];
      case 1: f->recv = rcvr[0];
    }
  }
  if (tok() != Tok::Name) {
    syntaxError("expecting name or (");
    advance({Tok::Lbrace, Tok::Semi});
    return nullptr;
  }
  f->name = name();
  f->type = funcType(f->recv ? "method" : "", &f->tparams);
  if (tok() == Tok::Lbrace) f->body = funcBody();
  return f;
}

BlockStmt* Parser::funcBody() {
  fnest_++;
  int errcnt = errors();
  BlockStmt* body = blockStmt("");
  fnest_--;
  // Don't check branches after syntax errors: the tree may be incomplete.
  if (errcnt == errors()) checkBranches(body, diag_);
  return body;
}

// ---------------------------------------------------------------------------
// Expressions

Expr* Parser::expr() {
  return binaryExpr(nullptr, 0);
}

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::binaryExpr(Expr* x, int prec) {
  if (!x) x = unaryExpr();
  while ((tok() == Tok::Operator || tok() == Tok::Star) && lex_.prec > prec) {
    auto* t = arena_.make<Operation>(pos());
    t->op = lex_.op;
    int tprec = lex_.prec;
    next();
    t->x = x;
    t->y = binaryExpr(nullptr, tprec);
    x = t;
  }
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unaryExpr() {
  DepthGuard guard(*this);
  if (nestingTooDeep()) return badExpr();
  switch (tok()) {
    case Tok::Operator:
    case Tok::Star:
      switch (lex_.op) {
        case Operator::Mul:
        case Operator::Add:
        case Operator::Sub:
        case Operator::Not:
        case Operator::Xor:
        case Operator::Tilde: {
          auto* x = arena_.make<Operation>(pos());
          x->op = lex_.op;
          next();
          x->x = unaryExpr();
          return x;
        }
        case Operator::And: {
          auto* x = arena_.make<Operation>(pos());
          x->op = Operator::And;
          next();
          // unaryExpr may have returned a parenthesized composite literal
          x->x = unparen(unaryExpr());
          return x;
        }
        default: break;
      }
      break;
    case Tok::Arrow: {
      // receive op (<-x) or receive-only channel (<-chan E)
      Pos p = pos();
      next();
      Expr* x = unaryExpr();
      if (isa<ChanType>(x)) {
        // <-chan E: re-associate <- with the channel type
        ChanDir dir = ChanDir::SendOnly;
        Expr* t = x;
        while (dir == ChanDir::SendOnly) {
          auto* c = dyn_cast<ChanType>(t);
          if (!c) break;
          dir = c->dir;
          if (dir == ChanDir::RecvOnly) {
            syntaxError("unexpected <-, expecting chan");
          }
          c->dir = ChanDir::RecvOnly;
          t = c->elem;
        }
        if (dir == ChanDir::SendOnly) {
          syntaxError("unexpected " + exprString(t) + ", expecting chan");
        }
        return x;
      }
      auto* o = arena_.make<Operation>(p);
      o->op = Operator::Recv;
      o->x = x;
      return o;
    }
    default: break;
  }
  return pexpr(nullptr, true);
}

// callStmt parses call-like statements that can be preceded by 'defer' and 'go'.
CallStmt* Parser::callStmt() {
  auto* s = arena_.make<CallStmt>(pos());
  s->tok = tok();
  next();
  Expr* x = pexpr(nullptr, tok() == Tok::Lparen);
  std::string kw(tokenString(s->tok));
  if (Expr* t = unparen(x); t != x) {
    errorAt(x->pos, "expression in " + kw + " must not be parenthesized");
    x = t;
  }
  auto* cx = dyn_cast<CallExpr>(x);
  if (!cx) {
    errorAt(x->pos, "expression in " + kw + " must be function call");
    cx = arena_.make<CallExpr>(x->pos);
    cx->fun = x;
  }
  s->call = cx;
  return s;
}

// Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .
Expr* Parser::operand(bool keepParens) {
  switch (tok()) {
    case Tok::Name: return name();
    case Tok::Literal: return oliteral();
    case Tok::Lparen: {
      Pos p = pos();
      next();
      xnest_++;
      Expr* x = expr();
      xnest_--;
      want(Tok::Rparen);
      // Parentheses are not permitted around T in a composite literal T{}; keep
      // them when a '{' follows so that can be reported.
      if (tok() == Tok::Lbrace) keepParens = true;
      if (keepParens) {
        auto* px = arena_.make<ParenExpr>(p);
        px->x = x;
        x = px;
      }
      return x;
    }
    case Tok::Func: {
      Pos p = pos();
      next();
      FuncType* ftyp = funcType("function type", nullptr);
      if (tok() == Tok::Lbrace) {
        xnest_++;
        auto* f = arena_.make<FuncLit>(p);
        f->type = ftyp;
        f->body = funcBody();
        xnest_--;
        return f;
      }
      return ftyp;
    }
    case Tok::Lbrack:
    case Tok::Chan:
    case Tok::Map:
    case Tok::Struct:
    case Tok::Interface: return type_();
    default: {
      Expr* x = badExpr();
      syntaxError("expecting expression");
      advance({Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
      return x;
    }
  }
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index |
//               PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
Expr* Parser::pexpr(Expr* x, bool keepParens) {
  if (!x) x = operand(keepParens);
  for (;;) {
    Pos p = pos();
    switch (tok()) {
      case Tok::Dot: {
        next();
        switch (tok()) {
          case Tok::Name: {
            auto* t = arena_.make<SelectorExpr>(p);
            t->x = x;
            t->sel = name();
            x = t;
            break;
          }
          case Tok::Lparen:
            next();
            if (got(Tok::Type)) {
              auto* t = arena_.make<TypeSwitchGuard>(p);
              t->x = x;
              x = t;
            } else {
              auto* t = arena_.make<AssertExpr>(p);
              t->x = x;
              t->type = type_();
              x = t;
            }
            want(Tok::Rparen);
            break;
          default: syntaxError("expecting name or ("); advance({Tok::Semi, Tok::Rparen});
        }
        continue;
      }
      case Tok::Lbrack: {
        next();
        if (tok() == Tok::Rbrack) {
          // invalid empty instance, slice or index expression; accept but complain
          syntaxError("expecting operand");
          next();
          continue;
        }
        Expr* i = nullptr;
        if (tok() != Tok::Colon) {
          bool comma = false;
          i = typeList(&comma);
          if (comma || tok() == Tok::Rbrack) {
            want(Tok::Rbrack);
            auto* t = arena_.make<IndexExpr>(p);
            t->x = x;
            t->index = i;
            x = t;
            continue;
          }
        }
        // x[i:...
        if (!got(Tok::Colon)) {
          syntaxError("expecting comma, : or ]");
          advance({Tok::Comma, Tok::Colon, Tok::Rbrack});
        }
        xnest_++;
        auto* t = arena_.make<SliceExpr>(p);
        t->x = x;
        t->index[0] = i;
        if (tok() != Tok::Colon && tok() != Tok::Rbrack) t->index[1] = expr();
        if (tok() == Tok::Colon) {
          t->full = true;
          if (!t->index[1]) {
            error("middle index required in 3-index slice");
            t->index[1] = badExpr();
          }
          next();
          if (tok() != Tok::Rbrack) {
            t->index[2] = expr();
          } else {
            error("final index required in 3-index slice");
            t->index[2] = badExpr();
          }
        }
        xnest_--;
        want(Tok::Rbrack);
        x = t;
        continue;
      }
      case Tok::Lparen: {
        auto* t = arena_.make<CallExpr>(p);
        next();
        t->fun = x;
        argList(t->args, t->hasDots);
        x = t;
        continue;
      }
      case Tok::Lbrace: {
        // Does '{' start a composite literal or a block?
        Expr* t = unparen(x);
        bool complitOK = false;
        switch (t->kind) {
          case NodeKind::Name:
          case NodeKind::SelectorExpr: complitOK = xnest_ >= 0; break;
          case NodeKind::IndexExpr: complitOK = xnest_ >= 0 && !isValue(t); break;
          case NodeKind::ArrayType:
          case NodeKind::SliceType:
          case NodeKind::StructType:
          case NodeKind::MapType: complitOK = true; break;
          default: break;
        }
        if (!complitOK) return x;
        if (t != x) syntaxError("cannot parenthesize type in composite literal");
        CompositeLit* n = complitexpr();
        n->type = x;
        x = n;
        continue;
      }
      default: return x;
    }
  }
}

// Element = Expression | LiteralValue .
Expr* Parser::bareComplitexpr() {
  if (tok() == Tok::Lbrace) return complitexpr();
  return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
CompositeLit* Parser::complitexpr() {
  auto* x = arena_.make<CompositeLit>(pos());
  xnest_++;
  want(Tok::Lbrace);
  x->rbrace = list("composite literal", Tok::Comma, Tok::Rbrace, [&] {
    Expr* e = bareComplitexpr();
    if (tok() == Tok::Colon) {
      auto* l = arena_.make<KeyValueExpr>(pos());
      next();
      l->key = e;
      l->value = bareComplitexpr();
      e = l;
      x->nkeys++;
    }
    x->elems.push_back(e);
    return false;
  });
  xnest_--;
  return x;
}

// ---------------------------------------------------------------------------
// Types

Expr* Parser::type_() {
  Expr* typ = typeOrNull();
  if (!typ) {
    typ = badExpr();
    syntaxError("expecting type");
    advance({Tok::Comma, Tok::Colon, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
  }
  return typ;
}

// Type = TypeName | TypeLit | "(" Type ")" .
Expr* Parser::typeOrNull() {
  DepthGuard guard(*this);
  if (nestingTooDeep()) return badExpr();
  Pos p = pos();
  switch (tok()) {
    case Tok::Star: {
      next();
      auto* o = arena_.make<Operation>(p);
      o->op = Operator::Mul;
      o->x = type_();
      return o;
    }
    case Tok::Arrow: {
      next();
      want(Tok::Chan);
      auto* t = arena_.make<ChanType>(p);
      t->dir = ChanDir::RecvOnly;
      t->elem = chanElem();
      return t;
    }
    case Tok::Func: next(); return funcType("function type", nullptr);
    case Tok::Lbrack:
      next();
      if (got(Tok::Rbrack)) return sliceType(p);
      return arrayType(p, nullptr);
    case Tok::Chan: {
      next();
      auto* t = arena_.make<ChanType>(p);
      if (got(Tok::Arrow)) t->dir = ChanDir::SendOnly;
      t->elem = chanElem();
      return t;
    }
    case Tok::Map: {
      next();
      want(Tok::Lbrack);
      auto* t = arena_.make<MapType>(p);
      t->key = type_();
      want(Tok::Rbrack);
      t->value = type_();
      return t;
    }
    case Tok::Struct: return structType();
    case Tok::Interface: return interfaceType();
    case Tok::Name: return qualifiedName(nullptr);
    case Tok::Lparen: {
      next();
      Expr* t = type_();
      want(Tok::Rparen);
      return t;
    }
    default: return nullptr;
  }
}

Expr* Parser::typeInstance(Expr* typ) {
  auto* x = arena_.make<IndexExpr>(pos());
  want(Tok::Lbrack);
  x->x = typ;
  if (tok() == Tok::Rbrack) {
    syntaxError("expecting type");
    x->index = badExpr();
  } else {
    bool comma;
    x->index = typeList(&comma);
  }
  want(Tok::Rbrack);
  return x;
}

// If context is non-empty, type parameters are not permitted.
FuncType* Parser::funcType(const char* context, std::vector<Field*>* tparams) {
  auto* typ = arena_.make<FuncType>(pos());
  if (got(Tok::Lbrack)) {
    if (context[0] != '\0') {
      syntaxErrorAt(typ->pos, std::string(context) + " must have no type parameters");
    }
    if (tok() == Tok::Rbrack) {
      syntaxError("empty type parameter list");
      next();
    } else {
      std::vector<Field*> tp = paramList(nullptr, nullptr, Tok::Rbrack, true);
      if (tparams) *tparams = std::move(tp);
    }
  }
  want(Tok::Lparen);
  typ->params = paramList(nullptr, nullptr, Tok::Rparen, false);
  typ->results = funcResult();
  return typ;
}

// "[" has already been consumed, and pos is its position. If len is not null it is
// the already consumed array length.
Expr* Parser::arrayType(Pos p, Expr* len) {
  if (!len && !got(Tok::DotDotDot)) {
    xnest_++;
    len = expr();
    xnest_--;
  }
  if (tok() == Tok::Comma) {
    syntaxError("unexpected comma; expecting ]");
    next();
  }
  want(Tok::Rbrack);
  auto* t = arena_.make<ArrayType>(p);
  t->len = len;
  t->elem = type_();
  return t;
}

Expr* Parser::sliceType(Pos p) {
  auto* t = arena_.make<SliceType>(p);
  t->elem = type_();
  return t;
}

Expr* Parser::chanElem() {
  Expr* typ = typeOrNull();
  if (!typ) {
    typ = badExpr();
    syntaxError("missing channel element type");
  }
  return typ;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
StructType* Parser::structType() {
  auto* typ = arena_.make<StructType>(pos());
  want(Tok::Struct);
  want(Tok::Lbrace);
  list("struct type", Tok::Semi, Tok::Rbrace, [&] {
    fieldDecl(typ);
    return false;
  });
  return typ;
}

// InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" .
InterfaceType* Parser::interfaceType() {
  auto* typ = arena_.make<InterfaceType>(pos());
  want(Tok::Interface);
  want(Tok::Lbrace);
  list("interface type", Tok::Semi, Tok::Rbrace, [&] {
    Field* f = nullptr;
    if (tok() == Tok::Name) f = methodDecl();
    if (!f || !f->name) f = embeddedElem(f);
    typ->methods.push_back(f);
    return false;
  });
  return typ;
}

// Result = Parameters | Type .
std::vector<Field*> Parser::funcResult() {
  if (got(Tok::Lparen)) return paramList(nullptr, nullptr, Tok::Rparen, false);
  Pos p = pos();
  if (Expr* typ = typeOrNull()) {
    auto* f = arena_.make<Field>(p);
    f->type = typ;
    return {f};
  }
  return {};
}

void Parser::addField(StructType* st, Pos p, Name* nm, Expr* typ, BasicLit* tag) {
  if (tag) {
    while (st->tags.size() < st->fields.size()) st->tags.push_back(nullptr);
    st->tags.push_back(tag);
  }
  auto* f = arena_.make<Field>(p);
  f->name = nm;
  f->type = typ;
  st->fields.push_back(f);
}

// FieldDecl      = (IdentifierList Type | AnonymousField) [ Tag ] .
// AnonymousField = [ "*" ] TypeName .
void Parser::fieldDecl(StructType* st) {
  Pos p = pos();
  switch (tok()) {
    case Tok::Name: {
      Name* nm = name();
      if (tok() == Tok::Dot || tok() == Tok::Literal || tok() == Tok::Semi ||
          tok() == Tok::Rbrace) {
        // embedded type
        Expr* typ = qualifiedName(nm);
        addField(st, p, nullptr, typ, oliteral());
        break;
      }
      std::vector<Name*> names = nameList(nm);
      Expr* typ;
      if (names.size() == 1 && tok() == Tok::Lbrack) {
        typ = arrayOrTArgs();
        if (auto* ix = dyn_cast<IndexExpr>(typ)) {
          // embedded instantiated type T[P1, P2, ...]
          ix->x = nm;
          addField(st, p, nullptr, ix, oliteral());
          break;
        }
      } else {
        typ = type_();
      }
      BasicLit* tag = oliteral();
      for (Name* n : names) addField(st, n->pos, n, typ, tag);
      break;
    }
    case Tok::Star: {
      next();
      Expr* typ;
      if (tok() == Tok::Lparen) {
        syntaxError("cannot parenthesize embedded type");
        next();
        typ = qualifiedName(nullptr);
        got(Tok::Rparen);
      } else {
        typ = qualifiedName(nullptr);
      }
      BasicLit* tag = oliteral();
      auto* star = arena_.make<Operation>(p);
      star->op = Operator::Mul;
      star->x = typ;
      addField(st, p, nullptr, star, tag);
      break;
    }
    case Tok::Lparen: {
      syntaxError("cannot parenthesize embedded type");
      next();
      Expr* typ;
      if (tok() == Tok::Star) {
        Pos sp = pos();
        next();
        auto* star = arena_.make<Operation>(sp);
        star->op = Operator::Mul;
        star->x = qualifiedName(nullptr);
        typ = star;
      } else {
        typ = qualifiedName(nullptr);
      }
      got(Tok::Rparen);
      addField(st, p, nullptr, typ, oliteral());
      break;
    }
    default:
      syntaxError("expecting field name or embedded type");
      advance({Tok::Semi, Tok::Rbrace});
  }
}

Expr* Parser::arrayOrTArgs() {
  Pos p = pos();
  want(Tok::Lbrack);
  if (got(Tok::Rbrack)) return sliceType(p);
  bool comma = false;
  Expr* n = typeList(&comma);
  want(Tok::Rbrack);
  if (!comma) {
    if (Expr* elem = typeOrNull()) {
      auto* t = arena_.make<ArrayType>(p);
      t->len = n;
      t->elem = elem;
      return t;
    }
  }
  auto* t = arena_.make<IndexExpr>(p);
  t->index = n;
  return t;
}

BasicLit* Parser::oliteral() {
  if (tok() == Tok::Literal) {
    auto* b = arena_.make<BasicLit>(pos());
    b->value = lex_.lit;
    b->litKind = lex_.kind;
    b->bad = lex_.bad;
    next();
    return b;
  }
  return nullptr;
}

// MethodSpec = MethodName Signature | InterfaceTypeName .
Field* Parser::methodDecl() {
  auto* f = arena_.make<Field>(pos());
  Name* nm = name();
  const char* context = "interface method";
  switch (tok()) {
    case Tok::Lparen:
      f->name = nm;
      f->type = funcType(context, nullptr);
      break;
    case Tok::Lbrack: {
      // A generic method or an embedded instantiated type: both are parsed and
      // reported later (generics are not supported).
      Pos p = pos();
      next();
      if (tok() == Tok::Rbrack) {
        Pos rp = pos();
        next();
        if (tok() == Tok::Lparen) {
          errorAt(rp, "empty type parameter list");
          f->name = nm;
          f->type = funcType(context, nullptr);
        } else {
          errorAt(rp, "empty type argument list");
          f->type = nm;
        }
        break;
      }
      std::vector<Field*> lst = paramList(nullptr, nullptr, Tok::Rbrack, false);
      if (lst.empty()) {
        if (tok() == Tok::Lparen) {
          f->name = nm;
          f->type = funcType(context, nullptr);
        } else {
          f->type = nm;
        }
        break;
      }
      if (lst[0]->name) {
        f->name = nm;
        f->type = funcType(context, nullptr);
        errorAt(p, "interface method must have no type parameters");
        break;
      }
      auto* t = arena_.make<IndexExpr>(p);
      t->x = nm;
      if (lst.size() == 1) {
        t->index = lst[0]->type;
      } else {
        auto* l = arena_.make<ListExpr>(lst[0]->pos);
        for (Field* e : lst) l->elems.push_back(e->type);
        t->index = l;
      }
      f->type = t;
      break;
    }
    default: f->type = qualifiedName(nm);
  }
  return f;
}

// EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
Field* Parser::embeddedElem(Field* f) {
  if (!f) {
    f = arena_.make<Field>(pos());
    f->type = embeddedTerm();
  }
  while (tok() == Tok::Operator && lex_.op == Operator::Or) {
    auto* t = arena_.make<Operation>(pos());
    t->op = Operator::Or;
    next();
    t->x = f->type;
    t->y = embeddedTerm();
    f->type = t;
  }
  return f;
}

// EmbeddedTerm = [ "~" ] Type .
Expr* Parser::embeddedTerm() {
  if (tok() == Tok::Operator && lex_.op == Operator::Tilde) {
    auto* t = arena_.make<Operation>(pos());
    t->op = Operator::Tilde;
    next();
    t->x = type_();
    return t;
  }
  Expr* t = typeOrNull();
  if (!t) {
    t = badExpr();
    syntaxError("expecting ~ term or type");
    advance({Tok::Operator, Tok::Semi, Tok::Rparen, Tok::Rbrack, Tok::Rbrace});
  }
  return t;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
Field* Parser::paramDeclOrNull(Name* nm, Tok follow) {
  bool typeSetsOK = follow == Tok::Rbrack;  // type set notation in type parameter lists
  Pos p = pos();
  if (nm) {
    p = nm->pos;
  } else if (typeSetsOK && tok() == Tok::Operator && lex_.op == Operator::Tilde) {
    return embeddedElem(nullptr);
  }
  auto* f = arena_.make<Field>(p);
  if (tok() == Tok::Name || nm) {
    if (!nm) nm = name();
    if (tok() == Tok::Lbrack) {
      f->type = arrayOrTArgs();
      if (auto* ix = dyn_cast<IndexExpr>(f->type)) {
        ix->x = nm;
      } else {
        f->name = nm;
      }
      if (typeSetsOK && tok() == Tok::Operator && lex_.op == Operator::Or) f = embeddedElem(f);
      return f;
    }
    if (tok() == Tok::Dot) {
      f->type = qualifiedName(nm);
      if (typeSetsOK && tok() == Tok::Operator && lex_.op == Operator::Or) f = embeddedElem(f);
      return f;
    }
    if (typeSetsOK && tok() == Tok::Operator && lex_.op == Operator::Or) {
      f->type = nm;
      return embeddedElem(f);
    }
    f->name = nm;
  }
  if (tok() == Tok::DotDotDot) {
    auto* t = arena_.make<DotsType>(pos());
    next();
    t->elem = typeOrNull();
    if (!t->elem) {
      t->elem = badExpr();
      syntaxError("... is missing type");
    }
    f->type = t;
    return f;
  }
  if (typeSetsOK && tok() == Tok::Operator && lex_.op == Operator::Tilde) {
    f->type = embeddedElem(nullptr)->type;
    return f;
  }
  f->type = typeOrNull();
  if (typeSetsOK && tok() == Tok::Operator && lex_.op == Operator::Or && f->type) {
    f = embeddedElem(f);
  }
  if (f->name || f->type) return f;
  syntaxError("expecting " + std::string(tokenWord(follow)));
  advance({Tok::Comma, follow});
  return nullptr;
}

// Parameters    = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .
// "(" or "[" has already been consumed. If name is not null it is the first name;
// if typ is not null, (name, typ) is the first field. In the result either all fields
// have a name or none has.
std::vector<Field*> Parser::paramList(Name* nm, Expr* typ, Tok close, bool requireNames) {
  std::vector<Field*> out;
  if (nm && typ && tok() == close) {
    next();
    auto* par = arena_.make<Field>(nm->pos);
    par->name = nm;
    par->type = typ;
    out.push_back(par);
    return out;
  }
  int named = 0;  // parameters that have an explicit name and type
  int typed = 0;  // parameters that have an explicit type
  Pos end = list("parameter list", Tok::Comma, close, [&] {
    Field* par;
    if (typ) {
      par = arena_.make<Field>(nm->pos);
      par->name = nm;
      par->type = typ;
    } else {
      par = paramDeclOrNull(nm, close);
    }
    nm = nullptr;
    typ = nullptr;
    if (par) {
      if (par->name && par->type) named++;
      if (par->type) typed++;
      out.push_back(par);
    }
    return false;
  });
  if (out.empty()) return out;

  if (named == 0 && !requireNames) {
    // all unnamed => found names are type names
    for (Field* par : out) {
      if (par->name) {
        par->type = par->name;
        par->name = nullptr;
      }
    }
  } else if (named != int(out.size())) {
    // some named => all must have names and types
    Pos errPos{};
    Expr* t = nullptr;
    for (int i = int(out.size()) - 1; i >= 0; i--) {
      Field* par = out[size_t(i)];
      if (par->type) {
        t = par->type;
        if (!par->name) {
          errPos = startPos(t);
          par->name = arena_.make<Name>(errPos, "_");
        }
      } else if (t) {
        par->type = t;
      } else {
        // par->type == null && t == null: we only have a name
        errPos = par->name->pos;
        auto* b = arena_.make<BadExpr>(errPos);
        par->type = b;
      }
    }
    if (errPos.known()) {
      std::string msg;
      if (requireNames) {
        if (named == typed) {
          errPos = end;
          msg = "missing type constraint";
        } else {
          msg = "type parameters must be named";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntaxErrorAt(errPos, msg);
    }
  }
  return out;
}

BadExpr* Parser::badExpr() {
  return arena_.make<BadExpr>(pos());
}

// ---------------------------------------------------------------------------
// Statements

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
Stmt* Parser::simpleStmt(Expr* lhs, Tok keyword) {
  if (keyword == Tok::For && tok() == Tok::Range) return newRangeClause(nullptr, false);
  if (!lhs) lhs = exprList();

  if (!isa<ListExpr>(lhs) && tok() != Tok::Assign && tok() != Tok::Define) {
    Pos p = pos();
    switch (tok()) {
      case Tok::AssignOp: {
        Operator op = lex_.op;
        next();
        return newAssignStmt(p, op, lhs, expr());
      }
      case Tok::IncOp: {
        Operator op = lex_.op;
        next();
        return newAssignStmt(p, op, lhs, nullptr);
      }
      case Tok::Arrow: {
        auto* s = arena_.make<SendStmt>(p);
        next();
        s->chan = lhs;
        s->value = expr();
        return s;
      }
      default: {
        auto* s = arena_.make<ExprStmt>(lhs->pos);
        s->x = lhs;
        return s;
      }
    }
  }

  switch (tok()) {
    case Tok::Assign:
    case Tok::Define: {
      Pos p = pos();
      Operator op = tok() == Tok::Define ? Operator::Def : Operator::None;
      next();
      if (keyword == Tok::For && tok() == Tok::Range)
        return newRangeClause(lhs, op == Operator::Def);
      Expr* rhs = exprList();
      if (auto* g = dyn_cast<TypeSwitchGuard>(rhs);
          g && keyword == Tok::Switch && op == Operator::Def) {
        if (auto* n = dyn_cast<Name>(lhs)) {
          // switch … lhs := rhs.(type)
          g->lhs = n;
          auto* s = arena_.make<ExprStmt>(g->pos);
          s->x = g;
          return s;
        }
      }
      return newAssignStmt(p, op, lhs, rhs);
    }
    default: {
      syntaxError("expecting := or = or comma");
      advance({Tok::Semi, Tok::Rbrace});
      if (auto* l = dyn_cast<ListExpr>(lhs)) lhs = l->elems[0];
      auto* s = arena_.make<ExprStmt>(lhs->pos);
      s->x = lhs;
      return s;
    }
  }
}

RangeClause* Parser::newRangeClause(Expr* lhs, bool def) {
  auto* r = arena_.make<RangeClause>(pos());
  next();  // consume range
  r->lhs = lhs;
  r->def = def;
  r->x = expr();
  return r;
}

AssignStmt* Parser::newAssignStmt(Pos p, Operator op, Expr* lhs, Expr* rhs) {
  auto* a = arena_.make<AssignStmt>(p);
  a->op = op;
  a->lhs = lhs;
  a->rhs = rhs;
  return a;
}

Stmt* Parser::labeledStmtOrNull(Name* label) {
  auto* s = arena_.make<LabeledStmt>(pos());
  s->label = label;
  want(Tok::Colon);
  if (tok() == Tok::Rbrace) {
    // A '}' implies an empty statement after the label.
    s->stmt = arena_.make<EmptyStmt>(pos());
    return s;
  }
  s->stmt = stmtOrNull();
  if (s->stmt) return s;
  syntaxErrorAt(s->pos, "missing statement after label");
  return nullptr;
}

// context must be non-empty unless tok() == Lbrace.
BlockStmt* Parser::blockStmt(const char* context) {
  DepthGuard guard(*this);
  auto* s = arena_.make<BlockStmt>(pos());
  if (nestingTooDeep()) return s;
  if (!got(Tok::Lbrace)) {
    syntaxError(std::string("expecting { after ") + context);
    advance({Tok::Name, Tok::Rbrace});
    s->rbrace = pos();
    if (got(Tok::Rbrace)) return s;
  }
  s->list = stmtList();
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

DeclStmt* Parser::declStmt(Decl* (Parser::*f)(Group*)) {
  auto* s = arena_.make<DeclStmt>(pos());
  next();  // const, type or var
  appendGroup(s->decls, [this, f](Group* g) { return (this->*f)(g); });
  return s;
}

Stmt* Parser::forStmt() {
  auto* s = arena_.make<ForStmt>(pos());
  header(Tok::For, &s->init, &s->cond, &s->post);
  s->body = blockStmt("for clause");
  return s;
}

void Parser::header(Tok keyword, Stmt** initOut, Expr** condOut, Stmt** postOut) {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  want(keyword);
  if (tok() == Tok::Lbrace) {
    if (keyword == Tok::If) {
      syntaxError("missing condition in if statement");
      cond = badExpr();
    }
    *condOut = cond;
    return;
  }
  int outer = xnest_;
  xnest_ = -1;

  if (tok() != Tok::Semi) {
    // accept potential varDecl but complain
    if (got(Tok::Var)) {
      syntaxError("var declaration not allowed in " + std::string(tokenWord(keyword)) +
                  " initializer");
    }
    init = simpleStmt(nullptr, keyword);
    if (isa<RangeClause>(init)) {
      xnest_ = outer;
      *initOut = init;
      return;
    }
  }

  Stmt* condStmt = nullptr;
  Pos semiPos{};
  std::string_view semiLit;
  if (tok() != Tok::Lbrace) {
    if (tok() == Tok::Semi) {
      semiPos = pos();
      semiLit = lex_.lit;
      next();
    } else {
      // asking for a '{' rather than a ';' here leads to a better error message
      want(Tok::Lbrace);
      if (tok() != Tok::Lbrace) advance({Tok::Lbrace, Tok::Rbrace});
    }
    if (keyword == Tok::For) {
      if (tok() != Tok::Semi) {
        if (tok() == Tok::Lbrace) {
          syntaxError("expecting for loop condition");
          goto done;
        }
        condStmt = simpleStmt(nullptr, Tok::None);
      }
      want(Tok::Semi);
      if (tok() != Tok::Lbrace) {
        post = simpleStmt(nullptr, Tok::None);
        if (auto* a = dyn_cast<AssignStmt>(post); a && a->op == Operator::Def) {
          syntaxErrorAt(a->pos, "cannot declare in post statement of for loop");
        }
      }
    } else if (tok() != Tok::Lbrace) {
      condStmt = simpleStmt(nullptr, keyword);
    }
  } else {
    condStmt = init;
    init = nullptr;
  }

done:
  if (!condStmt) {
    if (keyword == Tok::If && semiPos.known()) {
      if (semiLit != "semicolon") {
        syntaxErrorAt(semiPos,
                      "unexpected " + std::string(semiLit) + ", expecting { after if clause");
      } else {
        syntaxErrorAt(semiPos, "missing condition in if statement");
      }
      cond = arena_.make<BadExpr>(semiPos);
    }
  } else if (auto* es = dyn_cast<ExprStmt>(condStmt)) {
    cond = es->x;
  } else {
    // A common error is '=' instead of '=='.
    std::string str;
    if (auto* as = dyn_cast<AssignStmt>(condStmt); as && as->op == Operator::None) {
      str = "assignment (" + exprString(as->lhs) + ") = (" + exprString(as->rhs) + ")";
    } else {
      str = exprString(condStmt);
    }
    syntaxErrorAt(condStmt->pos, "cannot use " + str + " as value");
  }
  xnest_ = outer;
  *initOut = init;
  *condOut = cond;
  *postOut = post;
}

IfStmt* Parser::ifStmt() {
  auto* s = arena_.make<IfStmt>(pos());
  Stmt* post = nullptr;
  header(Tok::If, &s->init, &s->cond, &post);
  s->then = blockStmt("if clause");
  if (got(Tok::Else)) {
    switch (tok()) {
      case Tok::If: s->else_ = ifStmt(); break;
      case Tok::Lbrace: s->else_ = blockStmt(""); break;
      default:
        syntaxError("else must be followed by if or statement block");
        advance({Tok::Name, Tok::Rbrace});
    }
  }
  return s;
}

SwitchStmt* Parser::switchStmt() {
  auto* s = arena_.make<SwitchStmt>(pos());
  Stmt* post = nullptr;
  header(Tok::Switch, &s->init, &s->tag, &post);
  if (!got(Tok::Lbrace)) {
    syntaxError("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  while (tok() != Tok::EOF_ && tok() != Tok::Rbrace) s->body.push_back(caseClause());
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

SelectStmt* Parser::selectStmt() {
  auto* s = arena_.make<SelectStmt>(pos());
  want(Tok::Select);
  if (!got(Tok::Lbrace)) {
    syntaxError("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::Rbrace});
  }
  while (tok() != Tok::EOF_ && tok() != Tok::Rbrace) s->body.push_back(commClause());
  s->rbrace = pos();
  want(Tok::Rbrace);
  return s;
}

CaseClause* Parser::caseClause() {
  auto* c = arena_.make<CaseClause>(pos());
  switch (tok()) {
    case Tok::Case:
      next();
      c->cases = exprList();
      break;
    case Tok::Default: next(); break;
    default:
      syntaxError("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace});
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

CommClause* Parser::commClause() {
  auto* c = arena_.make<CommClause>(pos());
  switch (tok()) {
    case Tok::Case:
      next();
      c->comm = simpleStmt(nullptr, Tok::None);
      break;
    case Tok::Default: next(); break;
    default:
      syntaxError("expecting case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace});
  }
  c->colon = pos();
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

Stmt* Parser::stmtOrNull() {
  // Most statements (assignments) start with an identifier.
  if (tok() == Tok::Name) {
    Expr* lhs = exprList();
    if (auto* label = dyn_cast<Name>(lhs); label && tok() == Tok::Colon) {
      return labeledStmtOrNull(label);
    }
    return simpleStmt(lhs, Tok::None);
  }
  switch (tok()) {
    case Tok::Var: return declStmt(&Parser::varDecl);
    case Tok::Const: return declStmt(&Parser::constDecl);
    case Tok::Type: return declStmt(&Parser::typeDecl);
    default: break;
  }
  switch (tok()) {
    case Tok::Lbrace: return blockStmt("");
    case Tok::Operator:
    case Tok::Star:
      switch (lex_.op) {
        case Operator::Add:
        case Operator::Sub:
        case Operator::Mul:
        case Operator::And:
        case Operator::Xor:
        case Operator::Not: return simpleStmt(nullptr, Tok::None);  // unary operators
        default: break;
      }
      break;
    case Tok::Literal:
    case Tok::Func:
    case Tok::Lparen:
    case Tok::Lbrack:
    case Tok::Struct:
    case Tok::Map:
    case Tok::Chan:
    case Tok::Interface:
    case Tok::Arrow: return simpleStmt(nullptr, Tok::None);
    case Tok::For: return forStmt();
    case Tok::Switch: return switchStmt();
    case Tok::Select: return selectStmt();
    case Tok::If: return ifStmt();
    case Tok::Fallthrough: {
      auto* s = arena_.make<BranchStmt>(pos());
      next();
      s->tok = Tok::Fallthrough;
      return s;
    }
    case Tok::Break:
    case Tok::Continue: {
      auto* s = arena_.make<BranchStmt>(pos());
      s->tok = tok();
      next();
      if (tok() == Tok::Name) s->label = name();
      return s;
    }
    case Tok::Go:
    case Tok::Defer: return callStmt();
    case Tok::Goto: {
      auto* s = arena_.make<BranchStmt>(pos());
      s->tok = Tok::Goto;
      next();
      s->label = name();
      return s;
    }
    case Tok::Return: {
      auto* s = arena_.make<ReturnStmt>(pos());
      next();
      if (tok() != Tok::Semi && tok() != Tok::Rbrace) s->results = exprList();
      return s;
    }
    case Tok::Semi: return arena_.make<EmptyStmt>(pos());
    default: break;
  }
  return nullptr;
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::stmtList() {
  std::vector<Stmt*> l;
  while (tok() != Tok::EOF_ && tok() != Tok::Rbrace && tok() != Tok::Case &&
         tok() != Tok::Default) {
    Stmt* s = stmtOrNull();
    if (!s) break;
    l.push_back(s);
    // ";" is optional before "}"
    if (!got(Tok::Semi) && tok() != Tok::Rbrace) {
      syntaxError("at end of statement");
      advance({Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default});
      got(Tok::Semi);  // avoid spurious empty statement
    }
  }
  return l;
}

// argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
void Parser::argList(std::vector<Expr*>& out, bool& hasDots) {
  xnest_++;
  list("argument list", Tok::Comma, Tok::Rparen, [&] {
    out.push_back(expr());
    hasDots = got(Tok::DotDotDot);
    return hasDots;
  });
  xnest_--;
}

// ---------------------------------------------------------------------------
// Common productions

Name* Parser::name() {
  if (tok() == Tok::Name) {
    auto* n = arena_.make<Name>(pos(), lex_.lit);
    next();
    return n;
  }
  auto* n = arena_.make<Name>(pos(), "_");
  syntaxError("expecting name");
  advance();
  return n;
}

// IdentifierList = identifier { "," identifier } .
std::vector<Name*> Parser::nameList(Name* first) {
  std::vector<Name*> l{first};
  while (got(Tok::Comma)) l.push_back(name());
  return l;
}

Expr* Parser::qualifiedName(Name* nm) {
  Expr* x;
  if (nm) {
    x = nm;
  } else if (tok() == Tok::Name) {
    x = name();
  } else {
    x = arena_.make<Name>(pos(), "_");
    syntaxError("expecting name");
    advance({Tok::Dot, Tok::Semi, Tok::Rbrace});
  }
  if (tok() == Tok::Dot) {
    auto* s = arena_.make<SelectorExpr>(pos());
    next();
    s->x = x;
    s->sel = name();
    x = s;
  }
  if (tok() == Tok::Lbrack) x = typeInstance(x);
  return x;
}

// ExpressionList = Expression { "," Expression } .
Expr* Parser::exprList() {
  Expr* x = expr();
  if (got(Tok::Comma)) {
    auto* t = arena_.make<ListExpr>(x->pos);
    t->elems.push_back(x);
    t->elems.push_back(expr());
    while (got(Tok::Comma)) t->elems.push_back(expr());
    x = t;
  }
  return x;
}

// typeList = arg { "," arg } [ "," ] .
Expr* Parser::typeList(bool* comma) {
  *comma = false;
  xnest_++;
  Expr* x = expr();
  if (got(Tok::Comma)) {
    *comma = true;
    if (Expr* t = typeOrNull()) {
      auto* l = arena_.make<ListExpr>(x->pos);
      l->elems.push_back(x);
      l->elems.push_back(t);
      while (got(Tok::Comma)) {
        t = typeOrNull();
        if (!t) break;
        l->elems.push_back(t);
      }
      x = l;
    }
  }
  xnest_--;
  return x;
}

File* parseSource(SourceSet& sources, AstArena& arena, Diagnostics& diag, std::string path,
                  std::string src) {
  SourceFile& f = sources.add(std::move(path), std::move(src));
  Parser p(f, arena, diag);
  return p.parseFile();
}

}  // namespace minigo::syntax
