// build.cpp — building the escape graph from the syntax of a batch's functions (Go's
// escape/expr.go, stmt.go, call.go, assign.go, applied to minigo's typed syntax tree:
// the implicit operations Go's type checker inserts — conversions to interfaces,
// & and * of method receivers, the slice of ... arguments, the paths through embedded
// fields — are recognised here from the types).
#include "escape/batch.h"

#include "syntax/walk.h"
#include "types/predicates.h"
#include "types/sizes.h"

#include <llvm/Support/Casting.h>

namespace minigo::escape {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using namespace syntax;
using namespace types;

namespace {

constexpr int64_t maxStackVarSize = 10 << 20;          // declared variables
constexpr int64_t maxImplicitStackVarSize = 64 << 10;  // new, &T{}, make

Type* under(Type* t) {
  return t ? t->underlying() : nullptr;
}

}  // namespace

bool hasPointers(Type* t) {
  return t && ptrDataSize(t) > 0;
}

Batch::Batch(Analysis& a, std::vector<FuncInfo*> fns) : a_(a), info_(a.info), fns_(std::move(fns)) {
  heapLoc_.escapes = true;
}

// ---- the graph ----

Location* Batch::newLoc(Var* v, const Node* site, std::string text, Pos pos) {
  Location& l = locs_.emplace_back();
  l.var = v;
  l.site = site;
  l.text = std::move(text);
  l.pos = pos;
  l.curfn = curfn_;
  l.loopDepth = loopDepth_;
  allLocs_.push_back(&l);
  if (v) {
    varLocs_[v] = &l;
    if (!v->isParam && sizeOf(v->type) > maxStackVarSize) l.heapReason = "too large for stack";
  }
  return &l;
}

Location* Batch::varLoc(Var* v) {
  auto it = varLocs_.find(v);
  if (it != varLocs_.end()) return it->second;
  return newLoc(v, nullptr, "", v->pos);
}

void Batch::flow(Hole k, Location* src) {
  if (k.addrtaken) src->addrtaken = true;
  Location* dst = k.dst;
  if (dst == &blankLoc_) return;
  if (dst == src && k.derefs >= 0) return;  // dst = dst, dst = *dst, ...
  if (dst->escapes && k.derefs < 0) {       // dst = &src
    if (explaining(src)) {
      warn(src->pos, locText(src) + " escapes to heap:");
      explainFlow(a_.posString(src->pos), dst, src, k.derefs, k.notes);
    }
    src->escapes = true;
    return;
  }
  dst->edges.push_back(Edge{src, k.derefs, k.notes});
}

bool Batch::noting() const {
  return a_.m >= 2 && (!curfn_ || reporting(curfn_));
}

Hole Batch::noteText(Hole k, std::string where, Pos pos, const char* why, std::string early) {
  if (!noting()) return k;
  Note& n = notes_.emplace_back();
  n.next = k.notes;
  if (early != where) n.early = std::move(early);
  n.where = std::move(where);
  n.why = why;
  n.pos = pos;
  k.notes = &n;
  return k;
}

Hole Batch::note(Hole k, const Node* where, const char* why) {
  if (!noting()) return k;
  Pos pos = where->pos;
  if (auto* vd = dyn_cast<VarDecl>(where); vd && !vd->names.empty()) pos = vd->names[0]->pos;
  if (auto* e = dyn_cast<Expr>(where)) pos = unparen(const_cast<Expr*>(e))->pos;
  const Package* pkg = curfn_ ? curfn_->pkg : nullptr;
  const Subst* subst = wrapper_ ? &wrapper_->subst : nullptr;
  return noteText(k, nodeText(info_, pkg, where, subst), pos, why,
                  nodeText(info_, pkg, where, subst, &fixedCalls_));
}

Hole Batch::teeHole(std::vector<Hole> ks) {
  if (ks.empty()) return discardHole();
  if (ks.size() == 1) return ks[0];
  Location* loc = newLoc(nullptr, nullptr, "", Pos{});
  for (Hole k : ks) flow(k, loc);
  return Hole{loc};
}

Hole Batch::later(Hole k) {
  Location* loc = newLoc(nullptr, nullptr, "", Pos{});
  flow(k, loc);
  return Hole{loc};
}

Hole Batch::spill(Hole k, const Node* site, std::string text, Pos pos, std::string earlyText) {
  Location* loc = newLoc(nullptr, site, text, pos);
  if (earlyText != text) loc->earlyText = earlyText;
  flow(noteText(k, std::move(text), pos, "spill", earlyText).addr(), loc);
  return Hole{loc};
}

// ---- functions ----

void Batch::initFunc(FuncInfo* fn) {
  FuncInfo* saved = curfn_;
  int savedDepth = loopDepth_;
  curfn_ = fn;
  loopDepth_ = 1;
  for (Var* p : fn->params) {
    Location* l = varLoc(p);
    l->isParam = true;
    l->curfn = fn;
  }
  if (fn->sig->results) {
    fn->results.clear();
    for (size_t i = 0; i < fn->sig->results->vars.size(); i++) {
      Location* l = varLoc(fn->sig->results->vars[i]);
      l->resultIndex = int(i) + 1;
      l->curfn = fn;
      fn->results.push_back(l);
    }
  }
  // The locals, in the order of their declarations (Go's Dcl), before the body is
  // walked, so that the locations are in Go's order.
  // Go's len(Dcl) counts them, and the temporaries its type checker made for f(g())
  // with g returning several values.
  fn->ndcl = int(fn->params.size() + tupleLen(fn->sig->results));
  if (fn->body) {
    walk(fn->body, [&](Node* n) {
      if (isa<FuncLit>(n)) return false;
      if (auto* name = dyn_cast<Name>(n); name && name->value != "_") {
        if (auto* v = dyn_cast_or_null<Var>(info_.defs.lookup(name)); v && !v->isField) {
          varLoc(v);
          fn->ndcl++;
        }
      } else if (auto* cc = dyn_cast<CaseClause>(n)) {
        if (auto* v = dyn_cast_or_null<Var>(info_.implicits.lookup(cc))) {
          varLoc(v);
          fn->ndcl++;
        }
      } else if (auto* c = dyn_cast<CallExpr>(n); c && c->args.size() == 1) {
        if (auto* tt = dyn_cast_or_null<Tuple>(typeOf(c->args[0])); tt && tt->size() > 1)
          fn->ndcl += int(tt->size());
      }
      return true;
    });
  }
  fn->inited = true;
  curfn_ = saved;
  loopDepth_ = savedDepth;
}

void Batch::walkFunc(FuncInfo* fn) {
  FuncInfo* saved = curfn_;
  int savedDepth = loopDepth_;
  curfn_ = fn;
  loopDepth_ = 1;
  // Labels that a later goto jumps back to head a loop.
  llvm::DenseMap<const Object*, const Node*> labels;
  walk(fn->body, [&](Node* n) {
    if (isa<FuncLit>(n)) return false;
    if (auto* l = dyn_cast<LabeledStmt>(n)) {
      if (Object* o = info_.defs.lookup(l->label)) labels[o] = l;
    } else if (auto* br = dyn_cast<BranchStmt>(n)) {
      if (br->tok == Tok::Goto && br->label) {
        if (Object* o = info_.uses.lookup(br->label)) {
          if (const Node* l = labels.lookup(o)) loopingLabels_.insert(l);
        }
      }
    }
    return true;
  });
  if (fn->body) block(fn->body->list);
  curfn_ = saved;
  loopDepth_ = savedDepth;
}

void Batch::dcl(Var* v, const Node* defn) {
  Location* l = varLoc(v);
  l->loopDepth = loopDepth_;
  l->curfn = curfn_;
  if (defn) a_.defn[v] = defn;
}

bool Batch::isConst(const Expr* e) const {
  const TypeAndValue* tv = info_.lookup(e);
  return tv &&
         (tv->mode == Mode::Constant || tv->mode == Mode::NilValue || tv->mode == Mode::TypeExpr);
}

// ---- statements ----

void Batch::block(const std::vector<Stmt*>& list) {
  for (Stmt* s : list) stmt(s);
}

void Batch::stmt(Stmt* s) {
  if (!s) return;
  switch (s->kind) {
    case NodeKind::EmptyStmt:
    case NodeKind::BranchStmt: return;
    case NodeKind::LabeledStmt: {
      auto* l = cast<LabeledStmt>(s);
      if (loopingLabels_.count(l)) loopDepth_++;
      stmt(l->stmt);
      return;
    }
    case NodeKind::BlockStmt: block(cast<BlockStmt>(s)->list); return;
    case NodeKind::ExprStmt: {
      Expr* x = unparen(cast<ExprStmt>(s)->x);
      if (auto* c = dyn_cast<CallExpr>(x)) {
        const TypeAndValue* ftv = info_.lookup(c->fun);
        if (ftv && ftv->mode == Mode::Builtin) {
          auto* bn = dyn_cast<Name>(unparen(c->fun));
          if (auto* b = bn ? dyn_cast_or_null<Builtin>(info_.uses.lookup(bn)) : nullptr) {
            builtinCall(nullptr, c, b->id);
            return;
          }
        }
        if (!(ftv && ftv->mode == Mode::TypeExpr)) {
          call(nullptr, c);
          return;
        }
      }
      discard(x);
      return;
    }
    case NodeKind::SendStmt: {
      auto* ss = cast<SendStmt>(s);
      discard(ss->chan);
      Type* ct = under(typeOf(ss->chan));
      exprAs(note(heapHole(), ss, "send"), ss->value,
             ct && isa<Chan>(ct) ? cast<Chan>(ct)->elem : nullptr, convPos(ss, ss->value));
      return;
    }
    case NodeKind::DeclStmt: {
      for (Decl* d : cast<DeclStmt>(s)->decls) {
        auto* vd = dyn_cast<VarDecl>(d);
        if (!vd) continue;
        std::vector<Expr*> lhs(vd->names.begin(), vd->names.end());
        for (Name* n : vd->names) {
          if (auto* v = dyn_cast_or_null<Var>(info_.defs.lookup(n)))
            dcl(v, vd->values ? vd : nullptr);
        }
        if (!vd->values) continue;  // zero values: nothing flows
        std::vector<Expr*> rhs;
        if (auto* l = dyn_cast<ListExpr>(vd->values))
          rhs = l->elems;
        else
          rhs.push_back(vd->values);
        assignList(lhs, rhs, vd);
      }
      return;
    }
    case NodeKind::AssignStmt: {
      auto* as = cast<AssignStmt>(s);
      std::vector<Expr*> lhs, rhs;
      if (auto* l = dyn_cast<ListExpr>(as->lhs))
        lhs = l->elems;
      else
        lhs.push_back(as->lhs);
      if (!as->rhs) {  // x++, x--
        std::vector<Hole> ks{addr(as->lhs)};
        reassigned(ks, as);
        return;
      }
      if (auto* l = dyn_cast<ListExpr>(as->rhs))
        rhs = l->elems;
      else
        rhs.push_back(as->rhs);
      if (as->op == Operator::Def) {
        for (Expr* e : lhs) {
          if (auto* n = dyn_cast<Name>(e)) {
            if (auto* v = dyn_cast_or_null<Var>(info_.defs.lookup(n))) dcl(v, as);
          }
        }
      }
      assignList(lhs, rhs, as);
      return;
    }
    case NodeKind::CallStmt: {
      auto* cs = cast<CallStmt>(s);
      CallExpr* c = cs->call;
      Hole k = heapHole();
      if (cs->tok == Tok::Defer && loopDepth_ == 1) k = later(discardHole());
      // A call without arguments and results: the function value itself is what is
      // deferred.
      auto* sig = dyn_cast_or_null<Signature>(under(typeOf(c->fun)));
      const TypeAndValue* ftv = info_.lookup(c->fun);
      bool builtin = ftv && ftv->mode == Mode::Builtin;
      bool method = false;
      if (auto* sel = dyn_cast<SelectorExpr>(unparen(c->fun))) {
        auto it = info_.selections.find(sel);
        method = it != info_.selections.end() && it->second.kind == SelectionKind::MethodVal;
      }
      if (!builtin && !method && sig && tupleLen(sig->params) + tupleLen(sig->results) == 0) {
        expr(k, c->fun);
        return;
      }
      // Otherwise Go wraps the call in a closure that captures the evaluated
      // arguments: each flows to a temporary the (unreported) closure holds.
      wrapper_ = Wrapper();
      if (builtin) {
        builtinCall(nullptr, c, cast<Builtin>(info_.uses.lookup(cast<Name>(unparen(c->fun))))->id);
      } else {
        call(nullptr, c);
      }
      Wrapper w = std::move(*wrapper_);
      wrapper_.reset();
      // The wrapper closure (not reported).
      Location* clo = newLoc(nullptr, nullptr, "func literal", s->pos);
      flow(noteText(k, "func literal", s->pos, "spill").addr(), clo);
      closures_.push_back(Closure{Hole{clo}, nullptr, std::move(w.temps), std::move(w.uses)});
      return;
    }
    case NodeKind::ReturnStmt: {
      auto* r = cast<ReturnStmt>(s);
      if (!r->results) return;
      std::vector<Expr*> rhs;
      if (auto* l = dyn_cast<ListExpr>(r->results))
        rhs = l->elems;
      else
        rhs.push_back(r->results);
      std::vector<Hole> ks;
      for (Location* l : curfn_->results) ks.push_back(Hole{l});
      if (rhs.size() == 1 && ks.size() > 1) {
        if (auto* c = dyn_cast<CallExpr>(unparen(rhs[0]))) {
          call(&ks, c);
          return;
        }
      }
      for (size_t i = 0; i < rhs.size() && i < ks.size(); i++)
        exprAs(note(ks[i], r, "return"), rhs[i], curfn_->results[i]->var->type, convPos(r, rhs[i]));
      return;
    }
    case NodeKind::IfStmt: {
      auto* is = cast<IfStmt>(s);
      stmt(is->init);
      discard(is->cond);
      block(is->then->list);
      stmt(is->else_);
      return;
    }
    case NodeKind::ForStmt: {
      auto* fs = cast<ForStmt>(s);
      if (auto* rc = dyn_cast_or_null<RangeClause>(fs->init)) {
        Location* tmp = newLoc(nullptr, nullptr, "", rc->pos);
        expr(Hole{tmp}, rc->x);
        loopDepth_++;
        std::vector<Expr*> lhs;
        if (auto* l = dyn_cast_or_null<ListExpr>(rc->lhs))
          lhs = l->elems;
        else if (rc->lhs)
          lhs.push_back(rc->lhs);
        std::vector<Hole> ks;
        for (Expr* e : lhs) {
          if (rc->def) {
            if (auto* n = dyn_cast<Name>(e)) {
              if (auto* v = dyn_cast_or_null<Var>(info_.defs.lookup(n))) {
                int d = loopDepth_;
                loopDepth_--;  // declared once, outside the body
                dcl(v, rc);
                loopDepth_ = d;
              }
            }
          }
          ks.push_back(addr(e));
        }
        while (ks.size() < 2) ks.push_back(discardHole());
        Type* xt = under(typeOf(rc->x));
        if (xt && isa<Array>(xt))
          flow(note(ks[1], rc, "range"), tmp);
        else
          flow(deref(ks[1], rc, "range-deref"), tmp);
        reassigned(ks, rc);
        block(fs->body->list);
        loopDepth_--;
        return;
      }
      stmt(fs->init);
      loopDepth_++;
      discard(fs->cond);
      stmt(fs->post);
      block(fs->body->list);
      loopDepth_--;
      return;
    }
    case NodeKind::SwitchStmt: {
      auto* ss = cast<SwitchStmt>(s);
      stmt(ss->init);
      if (auto* g = dyn_cast_or_null<TypeSwitchGuard>(ss->tag)) {
        std::vector<Hole> ks;
        if (g->lhs) {
          for (CaseClause* cc : ss->body) {
            auto* v = dyn_cast_or_null<Var>(info_.implicits.lookup(cc));
            if (!v) continue;
            dcl(v, cc);
            if (hasPointers(v->type)) {
              Hole k{varLoc(v)};
              if (!isInterface(v->type) && !isDirectIface(v->type)) k = k.shift(1);
              ks.push_back(note(k, cc, "switch case"));
            }
          }
        }
        expr(teeHole(ks), g->x);
        for (CaseClause* cc : ss->body) block(cc->body);
        return;
      }
      discard(ss->tag);
      for (CaseClause* cc : ss->body) {
        std::vector<Expr*> cases;
        if (auto* l = dyn_cast_or_null<ListExpr>(cc->cases))
          cases = l->elems;
        else if (cc->cases)
          cases.push_back(cc->cases);
        // A concrete case value compared with an interface tag is not converted
        // (Go's walk compares the dynamic type and value).
        for (Expr* e : cases) discard(e);
        block(cc->body);
      }
      return;
    }
    case NodeKind::SelectStmt: {
      for (CommClause* cc : cast<SelectStmt>(s)->body) {
        stmt(cc->comm);
        block(cc->body);
      }
      return;
    }
    default: return;
  }
}

void Batch::reassigned(const std::vector<Hole>& ks, const Node* where) {
  for (const Hole& k : ks) {
    Location* loc = k.dst;
    if (loc->var && !isa<RangeClause>(where) && a_.defn.lookup(loc->var) == where) continue;
    loc->reassigned = true;
  }
}

void Batch::assignList(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs,
                       const Node* where, std::vector<Type*>) {
  std::vector<Hole> ks;
  for (Expr* l : lhs) ks.push_back(addr(l));
  if (rhs.size() == 1 && lhs.size() > 1) {
    // v1, v2 = f(): the call's results; v, ok = m[k], x.(T), <-c: the value only.
    Expr* r = unparen(rhs[0]);
    if (auto* c = dyn_cast<CallExpr>(r)) {
      const TypeAndValue* ftv = info_.lookup(c->fun);
      if (!(ftv && ftv->mode == Mode::TypeExpr)) {
        call(&ks, c);
        reassigned(ks, where);
        return;
      }
    }
    const char* why = "assign-pair";
    if (isa<AssertExpr>(r)) why = "assign-pair-dot-type";
    if (isa<IndexExpr>(r)) why = "assign-pair-mapr";
    if (auto* o = dyn_cast<Operation>(r); o && !o->y && o->op == Operator::Recv)
      why = "assign-pair-receive";
    expr(note(ks[0], where, why), rhs[0]);
    reassigned(ks, where);
    return;
  }
  const char* why = lhs.size() > 1 ? "assign-pair" : "assign";
  for (size_t i = 0; i < ks.size() && i < rhs.size(); i++) {
    if (isSelfAssign(lhs[i], rhs[i])) {
      // Go's "ignoring self-assignment": b[i], b[j] = b[j], b[i] moves nothing new.
      if (reporting(curfn_)) {
        warn(where->pos, funcText(curfn_) + " ignoring self-assignment in " +
                             exprText(info_, curfn_->pkg, lhs, rhs));
      }
      ks[i] = discardHole();
    }
    Type* target = nullptr;
    Expr* l = unparen(lhs[i]);
    if (auto* n = dyn_cast<Name>(l); !(n && n->value == "_")) target = typeOf(l);
    if (auto* n = dyn_cast<Name>(l)) {
      if (auto* v = dyn_cast_or_null<Var>(info_.defs.lookup(n))) target = v->type;
    }
    exprAs(note(ks[i], where, why), rhs[i], target, convPos(where, rhs[i]));
  }
  reassigned(ks, where);
}

namespace {

// Go's ir.SameSafeExpr: the same variable, or the same fields or constant indexes of it.
bool sameSafeExpr(const Info& info, Expr* a, Expr* b) {
  a = unparen(a);
  b = unparen(b);
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case NodeKind::Name: {
      Object* oa = info.objectOf(cast<Name>(a));
      return oa && oa == info.objectOf(cast<Name>(b));
    }
    case NodeKind::SelectorExpr: {
      auto* sa = cast<SelectorExpr>(a);
      auto* sb = cast<SelectorExpr>(b);
      return sa->sel->value == sb->sel->value && sameSafeExpr(info, sa->x, sb->x);
    }
    case NodeKind::Operation: {
      auto* oa = cast<Operation>(a);
      auto* ob = cast<Operation>(b);
      return !oa->y && !ob->y && oa->op == Operator::Mul && ob->op == Operator::Mul &&
             sameSafeExpr(info, oa->x, ob->x);
    }
    case NodeKind::IndexExpr: {
      auto* ia = cast<IndexExpr>(a);
      auto* ib = cast<IndexExpr>(b);
      const TypeAndValue* ta = info.lookup(ia->index);
      const TypeAndValue* tb = info.lookup(ib->index);
      if (!ta || !tb || ta->mode != Mode::Constant || tb->mode != Mode::Constant) return false;
      return ta->value && tb->value && ta->value->string() == tb->value->string() &&
             sameSafeExpr(info, ia->x, ib->x);
    }
    default: return false;
  }
}

// Go's mayAffectMemory: an index expression that cannot change memory.
bool mayAffectMemory(Expr* e) {
  e = unparen(e);
  switch (e->kind) {
    case NodeKind::Name:
    case NodeKind::BasicLit: return false;
    case NodeKind::Operation: {
      auto* o = cast<Operation>(e);
      if (!o->y) return o->op == Operator::Mul || o->op == Operator::Recv || mayAffectMemory(o->x);
      return mayAffectMemory(o->x) || mayAffectMemory(o->y);
    }
    case NodeKind::SelectorExpr: return mayAffectMemory(cast<SelectorExpr>(e)->x);
    case NodeKind::IndexExpr: {
      auto* ix = cast<IndexExpr>(e);
      return mayAffectMemory(ix->x) || mayAffectMemory(ix->index);
    }
    default: return true;
  }
}

}  // namespace

// The variable x of *x or x.f through the pointer x (Go's ODEREF, ODOTPTR of an ONAME).
Var* Batch::derefBase(Expr* e) {
  e = unparen(e);
  Expr* x = nullptr;
  if (auto* o = dyn_cast<Operation>(e); o && !o->y && o->op == Operator::Mul) x = o->x;
  if (auto* s = dyn_cast<SelectorExpr>(e)) {
    auto it = info_.selections.find(s);
    if (it == info_.selections.end() || it->second.kind != SelectionKind::FieldVal ||
        it->second.index.size() != 1 || !isa_and_nonnull<Pointer>(under(typeOf(s->x))))
      return nullptr;
    x = s->x;
  }
  auto* n = x ? dyn_cast<Name>(unparen(x)) : nullptr;
  return n ? dyn_cast_or_null<Var>(info_.objectOf(n)) : nullptr;
}

bool Batch::isSelfAssign(Expr* dst, Expr* src) {
  dst = unparen(dst);
  src = unparen(src);
  if (!dst || !src) return false;
  // Go's isSliceSelfAssign: b.buf = b.buf[n:m] stores no new pointer into *b (unless
  // it slices an array inside *b, whose address is new).
  if (auto* se = dyn_cast<SliceExpr>(src)) {
    Var* d = derefBase(dst);
    if (d && !isa_and_nonnull<Array>(under(typeOf(se->x))) && derefBase(se->x) == d) return true;
  }
  if (dst->kind != src->kind) return false;
  if (auto* d = dyn_cast<SelectorExpr>(dst)) {
    auto* s = cast<SelectorExpr>(src);
    auto di = info_.selections.find(d);
    auto si = info_.selections.find(s);
    if (di == info_.selections.end() || si == info_.selections.end()) return false;
    if (di->second.kind != SelectionKind::FieldVal || si->second.kind != SelectionKind::FieldVal)
      return false;
    return sameSafeExpr(info_, d->x, s->x);
  }
  if (auto* d = dyn_cast<IndexExpr>(dst)) {
    auto* s = cast<IndexExpr>(src);
    Type* t = under(typeOf(d->x));
    if (!t || isa<Map>(t) || isString(t)) return false;
    if (mayAffectMemory(d->index) || mayAffectMemory(s->index)) return false;
    return sameSafeExpr(info_, d->x, s->x);
  }
  return false;
}

// A package variable's initializer that Go's static initialization turns into data
// (cmd/compile/internal/staticinit): constants, other variables and functions,
// function literals, composite literals (not maps) of such values and their
// addresses, conversions of them.
bool Batch::isStaticInit(Expr* e) {
  e = unparen(e);
  if (!e || isConst(e)) return true;
  switch (e->kind) {
    case NodeKind::Name: {
      Object* o = info_.objectOf(cast<Name>(e));
      return isa_and_nonnull<Func>(o) || (isa_and_nonnull<Var>(o) && cast<Var>(o)->isGlobal);
    }
    case NodeKind::FuncLit: return true;
    case NodeKind::CompositeLit: {
      Type* u = under(typeOf(e));
      if (!u || isa<Map>(u)) return false;
      for (Expr* el : cast<CompositeLit>(e)->elems) {
        if (auto* kv = dyn_cast<KeyValueExpr>(el)) el = kv->value;
        if (!isStaticInit(el)) return false;
      }
      return true;
    }
    case NodeKind::Operation: {
      auto* o = cast<Operation>(e);
      if (o->y || o->op != Operator::And) return false;
      Expr* x = unparen(o->x);
      if (isa<CompositeLit>(x)) return isStaticInit(x);
      if (auto* n = dyn_cast<Name>(x)) {
        auto* v = dyn_cast_or_null<Var>(info_.objectOf(n));
        return v && v->isGlobal;
      }
      return false;
    }
    case NodeKind::CallExpr: {
      auto* c = cast<CallExpr>(e);
      const TypeAndValue* ftv = info_.lookup(c->fun);
      if (!(ftv && ftv->mode == Mode::TypeExpr) || c->args.size() != 1) return false;
      return isStaticInit(c->args[0]);
    }
    default: return false;
  }
}

// The function as Go names it in messages: f, T.m, (*T).m, f.func1 (see analyze.cpp).
std::string Batch::funcText(const FuncInfo* fn) const {
  return fn->name;
}

// The embedded fields x.E1, x.E1.E2, ... a selection x.f walks through before f, each
// with whether it is reached through a pointer (Go's ODOTPTR).
std::vector<std::pair<std::string, bool>> Batch::embeddedSteps(SelectorExpr* s) {
  std::vector<std::pair<std::string, bool>> steps;
  auto it = info_.selections.find(s);
  if (it == info_.selections.end()) return steps;
  const auto& index = it->second.index;
  std::string text = exprText(info_, curfn_->pkg, s->x);
  Type* t = typeOf(s->x);
  for (size_t i = 0; i + 1 < index.size(); i++) {
    Type* u = under(t);
    bool ptr = false;
    if (auto* p = dyn_cast_or_null<Pointer>(u)) {
      ptr = true;
      u = under(p->elem);
    }
    auto* st = dyn_cast_or_null<Struct>(u);
    if (!st || index[i] >= int(st->fields.size())) break;
    text += "." + st->fields[index[i]]->name;
    steps.push_back({text, ptr});
    t = st->fields[index[i]]->type;
  }
  return steps;
}

// The number of pointer indirections on the path of embedded fields a selection walks
// (all but its last step), and the type reached.
static int embeddedPath(Type* t, const std::vector<int>& index, Type** reached) {
  int d = 0;
  for (size_t i = 0; i + 1 < index.size(); i++) {
    Type* u = under(t);
    if (auto* p = dyn_cast<Pointer>(u)) {
      d++;
      u = under(p->elem);
    }
    auto* st = dyn_cast<Struct>(u);
    if (!st || index[i] >= int(st->fields.size())) break;
    t = st->fields[index[i]]->type;
  }
  *reached = t;
  return d;
}

Hole Batch::addr(Expr* e) {
  e = unparen(e);
  if (!e) return discardHole();
  switch (e->kind) {
    case NodeKind::Name: {
      auto* n = cast<Name>(e);
      if (n->value == "_") return discardHole();
      Object* o = info_.objectOf(n);
      auto* v = dyn_cast_or_null<Var>(o);
      if (!v || v->isGlobal) return heapHole();
      return Hole{varLoc(v)};
    }
    case NodeKind::SelectorExpr: {
      auto* s = cast<SelectorExpr>(e);
      auto it = info_.selections.find(s);
      if (it == info_.selections.end()) return heapHole();  // a package's variable
      Type* reached;
      int d = embeddedPath(typeOf(s->x), it->second.index, &reached);
      if (d > 0 || isa<Pointer>(under(reached))) {
        discard(e);  // a store through a pointer
        return heapHole();
      }
      return addr(s->x);
    }
    case NodeKind::IndexExpr: {
      auto* ix = cast<IndexExpr>(e);
      Type* xt = under(typeOf(ix->x));
      if (auto* m = dyn_cast_or_null<Map>(xt)) {
        discard(ix->x);
        exprAs(note(heapHole(), ix, "key of map put"), ix->index, m->key, convPos(ix, ix->index));
        return heapHole();
      }
      discard(ix->index);
      if (xt && isa<Array>(xt)) return addr(ix->x);
      discard(ix->x);
      return heapHole();
    }
    default: discard(e); return heapHole();
  }
}

// ---- expressions ----

// Go's ONAME: a variable or function.
bool Batch::isVarName(const Expr* e) const {
  auto* n = dyn_cast<Name>(unparen(const_cast<Expr*>(e)));
  Object* o = n ? info_.objectOf(n) : nullptr;
  return isa_and_nonnull<Var>(o) || isa_and_nonnull<Func>(o);
}

// Go 1.19's front end (noder's irgen) sets base.Pos to every non-constant expression
// it visits, in pre-order (an operator before its operands, a selector's or index's
// position before its operand's); a call goes back to its own position (the '(')
// after its function and, unless it is a builtin's, after its arguments. Constants
// and types leave it alone (nil does not: it is not a constant in Go's IR).
Pos Batch::visitPos(const Expr* e, Pos p) const {
  if (!e) return p;
  const TypeAndValue* tv = info_.lookup(e);
  if (tv && tv->mode == Mode::NilValue) return unparen(const_cast<Expr*>(e))->pos;  // ONIL
  if (isConst(e)) return p;
  switch (e->kind) {
    case NodeKind::ParenExpr: return visitPos(cast<ParenExpr>(e)->x, p);
    case NodeKind::CompositeLit: {
      p = e->pos;
      for (Expr* el : cast<CompositeLit>(e)->elems) {
        if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
          if (!isa<Struct>(under(typeOf(e)))) p = visitPos(kv->key, p);
          el = kv->value;
        }
        p = visitPos(el, p);
      }
      return p;
    }
    case NodeKind::SelectorExpr: {
      auto* s = cast<SelectorExpr>(e);
      auto it = info_.selections.find(const_cast<SelectorExpr*>(s));
      if (it == info_.selections.end() || it->second.kind == SelectionKind::MethodExpr)
        return e->pos;
      return visitPos(s->x, e->pos);
    }
    case NodeKind::IndexExpr: {
      auto* ix = cast<IndexExpr>(e);
      return visitPos(ix->index, visitPos(ix->x, e->pos));
    }
    case NodeKind::SliceExpr: {
      auto* se = cast<SliceExpr>(e);
      p = visitPos(se->x, e->pos);
      for (Expr* i : se->index) p = visitPos(i, p);
      return p;
    }
    case NodeKind::AssertExpr: return visitPos(cast<AssertExpr>(e)->x, e->pos);
    case NodeKind::Operation: {
      auto* o = cast<Operation>(e);
      p = visitPos(o->x, e->pos);
      return o->y ? visitPos(o->y, p) : p;
    }
    case NodeKind::CallExpr: {
      auto* c = cast<CallExpr>(e);
      const TypeAndValue* ftv = info_.lookup(c->fun);
      bool conversion = ftv && ftv->mode == Mode::TypeExpr;
      if (!conversion && !(ftv && ftv->mode == Mode::Builtin)) return c->pos;
      p = c->pos;
      for (Expr* a : c->args) p = visitPos(a, p);
      return p;
    }
    default: return e->pos;
  }
}

// Where Go reports the implicit conversion of operand, part of where: its type
// checker inserts it at base.Pos when it completes where (an assignment after its
// right-hand then left-hand sides, a declaration from its first name, a send, a map
// index, a builtin's arguments); for the arguments of a call and the results of a
// return it first moves base.Pos to each operand in turn, but a variable leaves it
// where it was; in a composite literal it moves it to each element (its key: if it
// has one).
Pos Batch::convPos(const Node* where, const Expr* operand) const {
  auto list = [](Expr* x) {
    std::vector<Expr*> xs;
    if (auto* l = dyn_cast_or_null<ListExpr>(x))
      xs = l->elems;
    else if (x)
      xs.push_back(x);
    return xs;
  };
  // typecheckaste's walk over a call's arguments or a return's results.
  auto perOperand = [&](const std::vector<Expr*>& xs, Pos p) {
    for (Expr* x : xs) {
      if (!isVarName(x)) p = unparen(x)->pos;
      if (x == operand) break;
    }
    return p;
  };
  switch (where->kind) {
    case NodeKind::AssignStmt: {
      auto* as = cast<AssignStmt>(where);
      Pos p = as->pos;
      for (Expr* r : list(as->rhs)) p = visitPos(r, p);
      for (Expr* l : list(as->lhs)) {
        auto* n = dyn_cast<Name>(unparen(l));
        if (!(n && n->value == "_")) p = visitPos(l, p);
      }
      return p;
    }
    case NodeKind::VarDecl: {
      auto* vd = cast<VarDecl>(where);
      Pos p = vd->names.empty() ? vd->pos : vd->names[0]->pos;
      for (Expr* r : list(vd->values)) p = visitPos(r, p);
      return p;
    }
    case NodeKind::ReturnStmt: {
      std::vector<Expr*> rs = list(cast<ReturnStmt>(where)->results);
      Pos p = where->pos;
      for (Expr* r : rs) p = visitPos(r, p);
      return perOperand(rs, p);
    }
    case NodeKind::SendStmt: {
      auto* ss = cast<SendStmt>(where);
      return visitPos(ss->value, visitPos(ss->chan, ss->pos));
    }
    case NodeKind::IndexExpr: return visitPos(cast<IndexExpr>(where), where->pos);
    case NodeKind::KeyValueExpr: return where->pos;
    case NodeKind::CallExpr: {
      auto* c = cast<CallExpr>(where);
      const TypeAndValue* ftv = info_.lookup(c->fun);
      if (ftv && ftv->mode == Mode::Builtin) return visitPos(c, c->pos);
      return perOperand(c->args, c->pos);
    }
    default: return unparen(const_cast<Expr*>(operand))->pos;
  }
}

void Batch::exprAs(Hole k, Expr* e, Type* target, Pos pos) {
  if (!e) return;
  Type* src = typeOf(e);
  const TypeAndValue* tv = info_.lookup(e);
  if (target && src && isInterface(target) && !isInterface(src) &&
      !(tv && tv->mode == Mode::NilValue)) {
    // An implicit conversion to an interface: the value is boxed unless it is
    // pointer-shaped.
    std::string text = exprText(info_, curfn_->pkg, e);
    std::string early = a_.m >= 2 ? exprText(info_, curfn_->pkg, e, nullptr, &fixedCalls_) : "";
    if (!isDirectIface(src)) {
      k = spill(k, e, text, pos, early);
      allLocs_.back()->isConv = true;
      convSites_.push_back({e, allLocs_.back()});
    }
    k = noteText(k, text, pos, "interface-converted", early);
  } else if (target && src && isInterface(target) && isInterface(src) && !identical(src, target)) {
    k = noteText(k, exprText(info_, curfn_->pkg, e), pos, "interface-converted");
  }
  expr(k, e);
}

void Batch::expr(Hole k, Expr* e) {
  if (!e) return;
  Type* t = typeOf(e);
  if (auto* tt = dyn_cast_or_null<Tuple>(t)) t = tt->vars.empty() ? nullptr : tt->vars[0]->type;
  if (k.derefs >= 0 && t && !hasPointers(t)) k.dst = &blankLoc_;
  if (isConst(e)) return;
  switch (e->kind) {
    case NodeKind::ParenExpr: expr(k, cast<ParenExpr>(e)->x); return;
    case NodeKind::Name: {
      auto* v = dyn_cast_or_null<Var>(info_.objectOf(cast<Name>(e)));
      if (!v || v->isGlobal || v->isField) return;
      flow(k, varLoc(v));
      return;
    }
    case NodeKind::BasicLit: return;
    case NodeKind::CompositeLit: {
      auto* cl = cast<CompositeLit>(e);
      Type* u = under(t);
      auto elemOf = [&](Expr* el) {
        return isa<KeyValueExpr>(el) ? cast<KeyValueExpr>(el)->value : el;
      };
      // An element literal with its type elided, of a pointer type: &T{...}.
      // An element el (or a map key) converted at pos.
      auto element = [&](Hole ek, Expr* el, Type* et, Pos pos) {
        if (auto* inner = dyn_cast<CompositeLit>(unparen(el)); inner && !inner->type) {
          if (isa_and_nonnull<Pointer>(under(et))) {
            Hole pk = spill(ek, inner, "&" + exprText(info_, curfn_->pkg, inner), inner->pos);
            pk.dst->isPtrLit = true;
            expr(pk, inner);
            return;
          }
        }
        exprAs(ek, el, et, pos);
      };
      if (auto* st = dyn_cast_or_null<Struct>(u)) {
        for (size_t i = 0; i < cl->elems.size(); i++) {
          Expr* el = cl->elems[i];
          Type* ft = nullptr;
          if (auto* kv = dyn_cast<KeyValueExpr>(el)) {
            if (auto* kn = dyn_cast<Name>(kv->key)) {
              for (Var* f : st->fields)
                if (f->name == kn->value) ft = f->type;
            }
          } else if (i < st->fields.size()) {
            ft = st->fields[i]->type;
          }
          element(note(k, cl, "struct literal element"), elemOf(el), ft,
                  convPos(isa<KeyValueExpr>(el) ? el : cl, el));
        }
        return;
      }
      if (auto* at = dyn_cast_or_null<Array>(u)) {
        for (Expr* el : cl->elems)
          element(note(k, cl, "array literal element"), elemOf(el), at->elem,
                  convPos(isa<KeyValueExpr>(el) ? el : cl, el));
        return;
      }
      if (auto* sl = dyn_cast_or_null<Slice>(u)) {
        Hole sk = spill(k, cl, exprText(info_, curfn_->pkg, cl), cl->pos);
        for (Expr* el : cl->elems) {
          if (auto* kv = dyn_cast<KeyValueExpr>(el)) discard(kv->key);
          element(note(sk, cl, "slice-literal-element"), elemOf(el), sl->elem,
                  convPos(isa<KeyValueExpr>(el) ? el : cl, el));
        }
        return;
      }
      if (auto* mt = dyn_cast_or_null<Map>(u)) {
        spill(k, cl, exprText(info_, curfn_->pkg, cl), cl->pos);
        for (Expr* el : cl->elems) {
          auto* kv = dyn_cast<KeyValueExpr>(el);
          if (!kv) continue;
          element(note(heapHole(), cl, "map literal key"), kv->key, mt->key, kv->pos);
          element(note(heapHole(), cl, "map literal value"), kv->value, mt->elem, kv->pos);
        }
        return;
      }
      return;
    }
    case NodeKind::FuncLit: closureExpr(k, cast<FuncLit>(e)); return;
    case NodeKind::SelectorExpr: {
      auto* s = cast<SelectorExpr>(e);
      auto it = info_.selections.find(s);
      if (it == info_.selections.end()) return;  // a qualified identifier
      const Selection& sel = it->second;
      if (sel.kind == SelectionKind::MethodExpr) return;
      if (sel.kind == SelectionKind::MethodVal) {
        methodValue(k, s);
        return;
      }
      // Go's explicit ODOT / ODOTPTR per step of the path, the outermost first.
      std::vector<std::pair<std::string, bool>> steps;  // text, through a pointer
      std::string text = exprText(info_, curfn_->pkg, s->x);
      Type* xt = typeOf(s->x);
      for (size_t i = 0; i < sel.index.size(); i++) {
        Type* u = under(xt);
        bool ptr = false;
        if (auto* pt = dyn_cast_or_null<Pointer>(u)) {
          ptr = true;
          u = under(pt->elem);
        }
        auto* st = dyn_cast_or_null<Struct>(u);
        if (!st || sel.index[i] >= int(st->fields.size())) break;
        Var* f = st->fields[sel.index[i]];
        text += "." + f->name;
        steps.push_back({text, ptr});
        xt = f->type;
      }
      for (size_t i = steps.size(); i-- > 0;) {
        k = noteText(k, steps[i].first, s->pos, steps[i].second ? "dot of pointer" : "dot");
        if (steps[i].second) k = k.deref();
      }
      expr(k, s->x);
      return;
    }
    case NodeKind::IndexExpr: {
      auto* ix = cast<IndexExpr>(e);
      Type* xt = under(typeOf(ix->x));
      if (auto* m = dyn_cast_or_null<Map>(xt)) {
        discard(ix->x);
        exprAs(discardHole(), ix->index, m->key, convPos(ix, ix->index));
        return;
      }
      if (xt && isa<Array>(xt))
        expr(note(k, ix, "fixed-array-index-of"), ix->x);
      else
        expr(deref(k, ix, "dot of pointer"), ix->x);
      discard(ix->index);
      return;
    }
    case NodeKind::SliceExpr: {
      auto* se = cast<SliceExpr>(e);
      Type* xt = under(typeOf(se->x));
      k = note(k, se, "slice");
      if (xt && isa<Array>(xt)) {
        // Slicing an addressable array takes its address.
        k = noteText(k, exprText(info_, curfn_->pkg, se->x), startPos(se->x), "address-of");
        expr(k.addr(), se->x);
      } else {
        expr(k, se->x);
      }
      for (Expr* i : se->index) discard(i);
      return;
    }
    case NodeKind::AssertExpr: {
      auto* a = cast<AssertExpr>(e);
      Type* at = a->type ? typeOf(a->type) : t;
      if (at && !isInterface(at) && !isDirectIface(at)) k = k.shift(1);
      expr(note(k, a, "dot"), a->x);
      return;
    }
    case NodeKind::Operation: {
      auto* o = cast<Operation>(e);
      if (!o->y) {
        switch (o->op) {
          case Operator::And: {
            Expr* x = unparen(o->x);
            if (isa<CompositeLit>(x)) {
              Hole pk = spill(k, x, exprText(info_, curfn_->pkg, o), o->pos);
              pk.dst->isPtrLit = true;
              if (auto* pt = dyn_cast_or_null<Pointer>(under(t))) {
                if (sizeOf(pt->elem) > maxImplicitStackVarSize)
                  pk.dst->heapReason = "too large for stack";
              }
              expr(pk, x);
              return;
            }
            expr(addrOf(k, o, "address-of"), x);
            return;
          }
          case Operator::Mul: expr(deref(k, o, "indirection"), o->x); return;
          default: discard(o->x); return;
        }
      }
      if (o->op == Operator::Add && t && isString(t)) {
        // String concatenation: a new string; the operands never escape.
        spill(k, o, exprText(info_, curfn_->pkg, o), o->pos);
        std::function<void(Expr*)> operands = [&](Expr* x) {
          auto* ox = dyn_cast<Operation>(unparen(x));
          if (ox && ox->y && ox->op == Operator::Add && !isConst(ox)) {
            operands(ox->x);
            operands(ox->y);
            return;
          }
          discard(x);
        };
        operands(o->x);
        operands(o->y);
        return;
      }
      discard(o->x);
      discard(o->y);
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = cast<CallExpr>(e);
      const TypeAndValue* ftv = info_.lookup(c->fun);
      if (ftv && ftv->mode == Mode::TypeExpr) {
        if (c->args.empty()) return;
        Expr* x = c->args[0];
        Type* to = t;
        Type* from = typeOf(x);
        Type* tu = under(to);
        Type* fu = under(from);
        if (isInterface(to)) {
          if (from && !isInterface(from) && !isDirectIface(from)) {
            k = spill(k, c, exprText(info_, curfn_->pkg, c), c->pos);
          }
          expr(note(k, c, "interface-converted"), x);
          return;
        }
        bool toString = tu && isString(tu);
        bool fromString = fu && isString(fu);
        if ((toString && fu && (isa<Slice>(fu) || (isa<Basic>(fu) && !fromString))) ||
            (fromString && tu && isa<Slice>(tu))) {
          // string(b), string(r), []byte(s), []rune(s): a copy.
          spill(k, c, exprText(info_, curfn_->pkg, c), c->pos);
          discard(x);
          return;
        }
        expr(k, x);
        return;
      }
      std::vector<Hole> ks{k};
      if (ftv && ftv->mode == Mode::Builtin) {
        auto* bn = dyn_cast<Name>(unparen(c->fun));
        auto* b = bn ? dyn_cast_or_null<Builtin>(info_.uses.lookup(bn)) : nullptr;
        if (b) builtinCall(&ks, c, b->id);
        return;
      }
      call(&ks, c);
      return;
    }
    default: return;
  }
}

void Batch::closureExpr(Hole k, FuncLit* lit) {
  FuncInfo* fn = a_.funcOf(lit);
  if (!fn) return;
  k = spill(k, lit, "func literal", lit->pos);
  closures_.push_back(Closure{k, fn, {}, {}});
  for (Var* cv : fn->captures) {
    Location* loc = varLoc(cv);
    if (!loc->captured) {
      loc->captured = true;
      if (loc->loopDepth == loopDepth_) loc->reassigned = false;
    }
  }
  fn->inBatch = true;
  // The literal's body is not part of the expression being evaluated (a deferred
  // call's arguments, a keyed element, ...).
  std::optional<Wrapper> temps;
  temps.swap(wrapper_);
  if (!fn->inited) initFunc(fn);
  walkFunc(fn);
  temps.swap(wrapper_);
}

// The receiver of a method call or value x.M (or x.E.M through embedded fields), with
// Go's implicit & or *.
int Batch::receiverShift(SelectorExpr* s, const Selection& sel, Type** recvType) {
  Type* reached;
  int d = embeddedPath(typeOf(s->x), sel.index, &reached);
  auto* m = dyn_cast<Func>(sel.obj);
  bool reachedPtr =
      isa<Pointer>(under(reached)) && !isa<Named>(reached) ? true : isa<Pointer>(reached);
  if (m && m->hasPtrRecv) {
    if (!reachedPtr) d--;
  } else if (reachedPtr) {
    d++;
  }
  if (recvType) *recvType = reached;
  return d;
}

void Batch::methodValue(Hole k, SelectorExpr* s) {
  const Selection& sel = info_.selections.find(s)->second;
  Hole closureK = spill(k, s, exprText(info_, curfn_->pkg, s), s->pos);
  auto* m = dyn_cast<Func>(sel.obj);
  FuncInfo* fn = m ? a_.byObj.lookup(m) : nullptr;
  Type* recvT = nullptr;
  int d = receiverShift(s, sel, &recvT);
  if (recvT && isInterface(recvT)) fn = nullptr;
  std::vector<Hole> ks;
  auto* msig = m ? dyn_cast<Signature>(m->type) : nullptr;
  for (size_t i = 0; msig && i < tupleLen(msig->results); i++) ks.push_back(heapHole());
  Hole paramK = tagHole(&ks, fn, 0);
  // Go's implicit & or * of the receiver, printed as the receiver, at the selector.
  Hole rk = teeHole({paramK, closureK});
  std::string rtext = exprText(info_, curfn_->pkg, s->x);
  if (d < 0) rk = noteText(rk, rtext, s->pos, "address-of");
  if (d > 0) rk = noteText(rk, rtext, s->pos, "indirection");
  expr(rk.shift(d), s->x);
}

Hole Batch::tagHole(const std::vector<Hole>* ks, FuncInfo* fn, int param) {
  if (!fn) return heapHole();
  if (fn->inBatch && !fn->tagged) {
    if (param >= int(fn->params.size())) return discardHole();
    Var* p = fn->params[param];
    if (p->name.empty() || p->name == "_") return discardHole();
    return Hole{varLoc(p)};
  }
  if (param >= int(fn->tags.size())) return heapHole();
  const Leaks& esc = fn->tags[param];
  std::vector<Hole> tagKs;
  if (int x = esc.heap(); x >= 0) tagKs.push_back(heapHole().shift(x));
  if (ks) {
    for (int i = 0; i < numEscResults && i < int(ks->size()); i++) {
      if (int x = esc.result(i); x >= 0) tagKs.push_back((*ks)[i].shift(x));
    }
  }
  return teeHole(tagKs);
}

// A function value known where it is called: a declared function, a method, or a
// literal (directly or through a variable assigned nothing else).
FuncInfo* Batch::staticCallee(Expr* fun) {
  fun = unparen(fun);
  if (auto* lit = dyn_cast<FuncLit>(fun)) return a_.funcOf(lit);
  Object* o = nullptr;
  if (auto* n = dyn_cast<Name>(fun)) {
    o = info_.objectOf(n);
  } else if (auto* s = dyn_cast<SelectorExpr>(fun)) {
    auto it = info_.selections.find(s);
    if (it == info_.selections.end()) o = info_.objectOf(s->sel);
  }
  if (auto* f = dyn_cast_or_null<Func>(o)) return a_.byObj.lookup(f);
  if (auto* v = dyn_cast_or_null<Var>(o)) {
    if (auto it = a_.staticFuncVars.find(v); it != a_.staticFuncVars.end()) return it->second;
  }
  return nullptr;
}

// Go's rewriteArgument: in a go or defer statement, the argument is evaluated into a
// temporary, declared and assigned where the statement is; the call in the wrapper
// uses the temporary, at the temporary's position if the argument has one of its own
// (not a variable), else at fallback.
Location* Batch::wrapperTemp(CallExpr* c, Expr* e, Type* target, Pos convAt, Pos fallback,
                             int shift) {
  (void)c;
  Expr* u = unparen(e);
  const TypeAndValue* tv = info_.lookup(u);
  Type* src = typeOf(e);
  // An implicit conversion (to an interface, or between channel directions) is a
  // node of its own, at the position of the conversion; a constant is retyped.
  bool conv = target && src && !identical(src, target) && !(tv && tv->mode == Mode::NilValue) &&
              (!isConst(u) || isInterface(target));
  // A constant stays (but not one converted to an interface: an OCONVIFACE).
  if ((isConst(u) && !conv) || (tv && tv->mode == Mode::NilValue)) return nullptr;
  Object* o = nullptr;
  if (auto* n = dyn_cast<Name>(u)) o = info_.objectOf(n);
  if (isa_and_nonnull<Func>(o)) return nullptr;
  if (auto* s = dyn_cast<SelectorExpr>(u)) {
    auto it = info_.selections.find(s);
    if (it == info_.selections.end() && isa_and_nonnull<Func>(info_.objectOf(s->sel)))
      return nullptr;
    if (it != info_.selections.end() && it->second.kind == SelectionKind::MethodExpr)
      return nullptr;
  }
  Pos pos = conv || shift != 0 ? convAt : isa<Name>(u) ? fallback : u->pos;
  Location* tmp = newLoc(nullptr, nullptr, "", pos);
  tmp->name = ".autotmp_" + std::to_string(curfn_->ndcl++);
  tmp->type = conv ? target : src;
  // The receiver with Go's implicit & is a pointer; with its implicit *, the value.
  auto* srcPtr = dyn_cast_or_null<Pointer>(under(src));
  tmp->width = shift < 0 ? 8 : shift > 0 && srcPtr ? sizeOf(srcPtr->elem) : sizeOf(tmp->type);
  Wrapper w = std::move(*wrapper_);
  wrapper_.reset();
  std::string text = exprText(info_, curfn_->pkg, e);
  Hole k = noteText(Hole{tmp}, tmp->name + " = " + text, pos, "assign");
  if (shift < 0) k = noteText(k, text, pos, "address-of").addr();
  if (shift > 0) k = k.shift(shift);
  exprAs(k, e, target, convAt);
  wrapper_ = std::move(w);
  wrapper_->temps.push_back(tmp);
  wrapper_->uses.push_back(fallback);
  wrapper_->subst[e] = tmp->name;
  wrapper_->subst[u] = tmp->name;
  return tmp;
}

void Batch::argument(Hole k, CallExpr* c, Expr* e, Type* target, Pos pos) {
  if (wrapper_) {
    if (Location* tmp = wrapperTemp(c, e, target, pos, c->pos)) {
      flow(note(k, c, "call parameter"), tmp);
      return;
    }
    Wrapper w = std::move(*wrapper_);
    wrapper_.reset();
    exprAs(note(k, c, "call parameter"), e, target, pos);
    wrapper_ = std::move(w);
    return;
  }
  exprAs(note(k, c, "call parameter"), e, target, pos);
}

void Batch::call(const std::vector<Hole>* ks, CallExpr* c) {
  fixedCalls_.insert(c);
  Expr* fun = unparen(c->fun);
  auto* sig = dyn_cast_or_null<Signature>(under(typeOf(c->fun)));
  if (!sig) {
    for (Expr* a : c->args) discard(a);
    return;
  }
  FuncInfo* fn = nullptr;
  Expr* recv = nullptr;
  int recvShift = 0;
  size_t argStart = 0;
  bool methodExpr = false;
  if (auto* s = dyn_cast<SelectorExpr>(fun)) {
    auto it = info_.selections.find(s);
    if (it != info_.selections.end() && it->second.kind == SelectionKind::MethodVal) {
      Type* recvT = nullptr;
      recvShift = receiverShift(s, it->second, &recvT);
      recv = s->x;
      auto* m = dyn_cast<Func>(it->second.obj);
      fn = (m && recvT && !isInterface(recvT)) ? a_.byObj.lookup(m) : nullptr;
    } else if (it != info_.selections.end() && it->second.kind == SelectionKind::MethodExpr) {
      fn = a_.byObj.lookup(dyn_cast<Func>(it->second.obj));
      methodExpr = true;
    } else {
      fn = staticCallee(fun);
    }
  } else {
    fn = staticCallee(fun);
  }
  if (fn && fn->node && isa<FuncLit>(fn->node) && isa<FuncLit>(fun)) fn->closureCalled = true;
  if (ks && fn && fn->inBatch && !fn->tagged) {
    for (size_t i = 0; i < ks->size() && i < fn->results.size(); i++)
      flow((*ks)[i], fn->results[i]);
  }
  if (!recv) {
    if (methodExpr) {
      // T.M(x, ...): the receiver is the first argument.
    } else if (wrapper_) {
      wrapperTemp(c, c->fun, nullptr, c->fun->pos, c->pos);
    } else {
      expr(discardHole(), c->fun);
    }
  }
  int param = 0;
  if (recv) {
    Hole rk = tagHole(ks, fn, 0);
    // Go's implicit & or * of the receiver, printed as the receiver, at the selector.
    Pos at = fun->pos;
    Location* tmp = wrapper_ ? wrapperTemp(c, recv, nullptr, at, c->pos, recvShift) : nullptr;
    rk = note(rk, c, "call parameter");
    if (tmp) {
      // The receiver (with its implicit & or *) is what the wrapper holds.
      flow(rk, tmp);
    } else {
      std::string rtext = exprText(info_, curfn_->pkg, recv);
      auto steps = embeddedSteps(cast<SelectorExpr>(fun));
      if (!steps.empty()) rtext = steps.back().first;
      if (recvShift < 0) rk = noteText(rk, rtext, at, "address-of");
      if (recvShift > 0) rk = noteText(rk, rtext, at, "indirection");
      for (size_t i = steps.size(); i-- > 0;)
        rk = noteText(rk, steps[i].first, at, steps[i].second ? "dot of pointer" : "dot");
      expr(rk.shift(recvShift), recv);
    }
    param = 1;
  } else if (sig->recv && methodExpr && !c->args.empty()) {
    // not reached: method expressions have the receiver among the parameters
  }
  std::vector<Var*> params = sig->params ? sig->params->vars : std::vector<Var*>{};
  if (methodExpr) {
    // The method expression's type lists the receiver as its first parameter.
    param = 0;
  }
  size_t nparams = params.size();
  std::vector<Expr*> args = c->args;
  // f(g()) with g returning several values.
  if (args.size() == 1 && nparams > 1) {
    if (auto* inner = dyn_cast<CallExpr>(unparen(args[0]))) {
      if (auto* tt = dyn_cast_or_null<Tuple>(typeOf(inner)); tt && tt->size() > 1) {
        std::vector<Hole> temps;
        std::vector<Location*> tl;
        for (size_t i = 0; i < tt->size(); i++) {
          tl.push_back(newLoc(nullptr, nullptr, "", inner->pos));
          temps.push_back(Hole{tl.back()});
        }
        call(&temps, inner);
        for (size_t i = 0; i < tl.size() && i < nparams; i++) {
          flow(tagHole(ks, fn, int(i) + param), tl[i]);
        }
        return;
      }
    }
  }
  for (size_t i = argStart; i < nparams; i++) {
    Hole pk = tagHole(ks, fn, int(i) + param);
    Type* pt = params[i]->type;
    if (sig->variadic && i + 1 == nparams && !c->hasDots) {
      // The ... arguments: a slice literal made for the call.
      if (args.size() <= i) break;  // none: a nil slice
      auto* st = dyn_cast<Slice>(under(pt));
      Type* et = st ? st->elem : nullptr;
      // In a go or defer statement each element is held by a temporary of the wrapper
      // (the slice is made in the wrapper).
      std::vector<Location*> temps(args.size(), nullptr);
      if (wrapper_) {
        for (size_t j = i; j < args.size(); j++)
          temps[j] = wrapperTemp(c, args[j], et, convPos(c, args[j]), c->pos);
      }
      std::optional<Wrapper> keep;
      keep.swap(wrapper_);
      Hole sk = spill(note(pk, c, "call parameter"), c, "... argument", c->pos);
      allLocs_.back()->isDDD = true;
      for (size_t j = i; j < args.size(); j++) {
        Hole ek = noteText(sk, "... argument", c->pos, "slice-literal-element");
        if (temps[j])
          flow(ek, temps[j]);
        else
          exprAs(ek, args[j], et, convPos(c, args[j]));
      }
      keep.swap(wrapper_);
      break;
    }
    if (i < args.size()) {
      argument(pk, c, args[i], pt, convPos(c, args[i]));
    }
  }
}

void Batch::builtinCall(const std::vector<Hole>* ks, CallExpr* c, BuiltinId id) {
  auto& args = c->args;
  auto arg = [&](Hole k, Expr* e, Type* target = nullptr) {
    argument(k, c, e, target, convPos(c, e));
  };
  switch (id) {
    case BuiltinId::Append: {
      if (args.empty()) return;
      Type* st = under(typeOf(args[0]));
      Type* elem = st && isa<Slice>(st) ? cast<Slice>(st)->elem : nullptr;
      Hole appendeeK = ks ? (*ks)[0] : discardHole();
      if (hasPointers(elem))
        appendeeK = teeHole({appendeeK, deref(heapHole(), c, "appendee slice")});
      arg(appendeeK, args[0]);
      if (c->hasDots) {
        if (args.size() > 1) {
          Hole appendedK = discardHole();
          Type* at = under(typeOf(args[1]));
          if (at && isa<Slice>(at) && hasPointers(cast<Slice>(at)->elem))
            appendedK = deref(heapHole(), c, "appended slice...");
          arg(appendedK, args[1]);
        }
      } else {
        for (size_t i = 1; i < args.size(); i++) arg(heapHole(), args[i], elem);
      }
      return;
    }
    case BuiltinId::Copy: {
      if (args.size() < 2) return;
      arg(discardHole(), args[0]);
      Hole copiedK = discardHole();
      Type* st = under(typeOf(args[1]));
      if (st && isa<Slice>(st) && hasPointers(cast<Slice>(st)->elem))
        copiedK = deref(heapHole(), c, "copied slice");
      arg(copiedK, args[1]);
      return;
    }
    case BuiltinId::Panic:
      if (!args.empty()) arg(heapHole(), args[0], a_.prog.universe->emptyInterface);
      return;
    case BuiltinId::New: {
      if (!ks) return;
      Hole k = (*ks)[0];
      Location* l = spill(k, c, exprText(info_, curfn_->pkg, c), c->pos).dst;
      if (auto* pt = dyn_cast_or_null<Pointer>(under(typeOf(c)))) {
        if (sizeOf(pt->elem) > maxImplicitStackVarSize) l->heapReason = "too large for stack";
      }
      return;
    }
    case BuiltinId::Make: {
      Type* t = typeOf(c);
      Type* u = under(t);
      Hole k = ks ? (*ks)[0] : discardHole();
      if (auto* st = dyn_cast_or_null<Slice>(u)) {
        Location* l = spill(k, c, exprText(info_, curfn_->pkg, c), c->pos).dst;
        // Go's HeapAllocReason: a size not known at compile time, or too large.
        Expr* size = args.size() > 2 ? args[2] : args.size() > 1 ? args[1] : nullptr;
        const TypeAndValue* tv = size ? info_.lookup(size) : nullptr;
        bool small = tv && tv->mode == Mode::Constant && tv->value &&
                     tv->value->kind() == Constant::Kind::Int && tv->value->fitsInt64() &&
                     tv->value->int64Val() >= 0 && tv->value->int64Val() < (int64_t(1) << 31);
        if (!small) {
          l->heapReason = "non-constant size";
        } else if (int64_t es = sizeOf(st->elem);
                   es != 0 && tv->value->int64Val() > maxImplicitStackVarSize / es) {
          l->heapReason = "too large for stack";
        }
      } else if (u && isa<Map>(u)) {
        spill(k, c, exprText(info_, curfn_->pkg, c), c->pos);
      }
      for (size_t i = 1; i < args.size(); i++) discard(args[i]);
      return;
    }
    case BuiltinId::Delete: {
      if (args.size() < 2) return;
      arg(discardHole(), args[0]);
      Type* mt = under(typeOf(args[0]));
      arg(discardHole(), args[1], mt && isa<Map>(mt) ? cast<Map>(mt)->key : nullptr);
      return;
    }
    case BuiltinId::Recover: return;
    default:
      for (Expr* a : args) arg(discardHole(), a);
      return;
  }
}

}  // namespace minigo::escape
