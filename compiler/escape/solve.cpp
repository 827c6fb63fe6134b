// solve.cpp — solving a batch's escape graph (Go's escape/solve.go and leaks.go):
// walks from every location, in Bellman-Ford fashion, to find the fewest
// dereferences with which each other location's value reaches it; a location whose
// address reaches one that outlives it escapes; a parameter's value reaching the heap
// or a result becomes its tag. Then the decisions are recorded and, for the main
// package, reported as -m prints them.
#include "escape/batch.h"

#include "types/predicates.h"
#include "types/sizes.h"

#include <llvm/Support/Casting.h>

#include <ostream>

namespace minigo::escape {

using namespace types;

void Batch::run() {
  for (FuncInfo* fn : fns_) fn->inBatch = true;
  for (FuncInfo* fn : fns_) initFunc(fn);
  for (FuncInfo* fn : fns_) walkFunc(fn);
  // Every place a variable may be reassigned or have its address taken has been seen:
  // closures capture by value or by reference now.
  for (const Closure& c : closures_) flowClosure(c.k, c.fn);
  walkAll();
  finish();
}

void Batch::runPackageInit(FuncInfo* init, const std::vector<syntax::VarDecl*>& decls) {
  init->inBatch = true;
  curfn_ = init;
  loopDepth_ = 1;
  for (syntax::VarDecl* vd : decls) {
    if (!vd->values) continue;
    std::vector<syntax::Expr*> rhs;
    if (auto* l = llvm::dyn_cast<syntax::ListExpr>(vd->values))
      rhs = l->elems;
    else
      rhs.push_back(vd->values);
    if (rhs.size() == 1 && vd->names.size() > 1) {
      if (auto* c = llvm::dyn_cast<syntax::CallExpr>(syntax::unparen(rhs[0]))) {
        std::vector<Hole> ks(vd->names.size(), heapHole());
        call(&ks, c);
      } else {
        expr(heapHole(), rhs[0]);
      }
      continue;
    }
    for (size_t i = 0; i < rhs.size() && i < vd->names.size(); i++) {
      auto* v = llvm::dyn_cast_or_null<Var>(info_.defs.lookup(vd->names[i]));
      // A conversion to an interface (implicit or explicit) is static data: Go's
      // staticinit assigns the converted value to a static temporary.
      syntax::Expr* x = rhs[i];
      auto concrete = [&](syntax::Expr* e) {
        const TypeAndValue* tv = info_.lookup(e);
        Type* t = typeOf(e);
        return t && !isInterface(t) && !(tv && tv->mode == Mode::NilValue);
      };
      bool conv = v && isInterface(v->type) && concrete(x);
      for (;;) {
        auto* c = llvm::dyn_cast<syntax::CallExpr>(syntax::unparen(x));
        const TypeAndValue* ftv = c ? info_.lookup(c->fun) : nullptr;
        if (!(ftv && ftv->mode == Mode::TypeExpr && c->args.size() == 1 && isInterface(typeOf(c)) &&
              concrete(c->args[0])))
          break;
        x = c->args[0];
        conv = true;
      }
      if (isStaticInit(x)) continue;
      if (conv)
        expr(heapHole(), x);
      else
        exprAs(heapHole(), x, v ? v->type : nullptr, convPos(vd, x));
    }
  }
  curfn_ = nullptr;
  for (const Closure& c : closures_) flowClosure(c.k, c.fn);
  walkAll();
  finish();
}

void Batch::flowClosure(Hole k, FuncInfo* fn) {
  for (Var* cv : fn->captures) {
    Location* loc = varLoc(cv);
    bool byval = !loc->addrtaken && !loc->reassigned && sizeOf(cv->type) <= 128;
    flow(byval ? k : k.addr(), loc);
  }
}

// Is c a function literal inside f (at any depth)?
static bool containsClosure(const FuncInfo* f, const FuncInfo* c) {
  if (f == c) return false;
  for (const FuncInfo* x = c; x; x = x->outer)
    if (x == f) return true;
  return false;
}

bool Batch::outlives(Location* l, Location* other) {
  if (l->escapes) return true;
  if (l->resultIndex > 0) {
    // A directly called literal may return locations of its caller.
    if (containsClosure(other->curfn, l->curfn) && l->curfn->closureCalled) return false;
    return true;
  }
  if (l->curfn == other->curfn && l->loopDepth < other->loopDepth) return true;
  if (containsClosure(l->curfn, other->curfn)) return true;
  return false;
}

void Batch::leakTo(Location* l, Location* sink, int derefs) {
  if (!sink->escapes && sink->resultIndex > 0 && sink->curfn == l->curfn) {
    int ri = sink->resultIndex - 1;
    if (ri < numEscResults) {
      l->paramEsc.addResult(ri, derefs);
      return;
    }
  }
  l->paramEsc.addHeap(derefs);
}

void Batch::walkAll() {
  std::vector<Location*> todo;
  auto enqueue = [&](Location* l) {
    if (!l->queued) {
      todo.push_back(l);
      l->queued = true;
    }
  };
  for (Location* l : allLocs_) enqueue(l);
  enqueue(&heapLoc_);
  uint32_t walkgen = 0;
  while (!todo.empty()) {
    Location* root = todo.back();
    todo.pop_back();
    root->queued = false;
    walkgen++;
    walkOne(root, walkgen, todo);
  }
}

void Batch::walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& queue) {
  root->walkgen = walkgen;
  root->derefs = 0;
  std::vector<Location*> todo{root};
  while (!todo.empty()) {
    Location* l = todo.back();
    todo.pop_back();
    int derefs = l->derefs;
    bool addressOf = derefs < 0;
    if (addressOf) derefs = 0;  // "root = &l; l = x": x's address does not flow to root
    if (outlives(root, l)) {
      if (l->isParam) leakTo(l, root, derefs);
      if (addressOf && !l->escapes) {
        l->escapes = true;
        if (!l->queued) {
          queue.push_back(l);
          l->queued = true;
        }
        continue;
      }
    }
    for (const Edge& e : l->edges) {
      if (e.src->escapes) continue;
      int d = derefs + e.derefs;
      if (e.src->walkgen != walkgen || e.src->derefs > d) {
        e.src->walkgen = walkgen;
        e.src->derefs = d;
        todo.push_back(e.src);
      }
    }
  }
}

bool Batch::reporting(const FuncInfo* fn) const {
  return a_.m > 0 && fn && fn->pkg == a_.prog.mainPkg;
}

void Batch::warn(Pos pos, const std::string& msg) {
  *a_.out << a_.posString(pos) << ": " << msg << "\n";
}

void Batch::paramTag(FuncInfo* fn, size_t i, bool diagnose) {
  Var* p = fn->params[i];
  Leaks esc;
  if (!hasPointers(p->type) || p->name.empty() || p->name == "_") {
    fn->tags[i] = esc;
    return;
  }
  Location* loc = varLoc(p);
  esc = loc->paramEsc;
  esc.optimize();
  if (diagnose && !loc->escapes) {
    if (esc.empty()) warn(p->pos, p->name + " does not escape");
    if (int x = esc.heap(); x >= 0) {
      warn(p->pos, (x == 0 ? "leaking param: " : "leaking param content: ") + p->name);
    }
    for (int r = 0; r < numEscResults; r++) {
      int x = esc.result(r);
      if (x < 0) continue;
      std::string res;
      if (fn->sig->results && size_t(r) < fn->sig->results->vars.size()) {
        res = fn->sig->results->vars[r]->name;
        if (res.empty()) res = "~r" + std::to_string(r);
        if (res == "_") res = "~b" + std::to_string(r);
      }
      warn(p->pos,
           "leaking param: " + p->name + " to result " + res + " level=" + std::to_string(x));
    }
  }
  fn->tags[i] = esc;
}

void Batch::finish() {
  // Functions first, then their literals (Go's order of a batch).
  std::vector<FuncInfo*> all;
  std::function<void(FuncInfo*)> add = [&](FuncInfo* f) {
    all.push_back(f);
    for (FuncInfo* l : f->literals) add(l);
  };
  for (FuncInfo* fn : fns_) add(fn);
  for (FuncInfo* fn : all) {
    fn->tags.assign(fn->params.size(), Leaks{});
    for (size_t i = 0; i < fn->params.size(); i++) paramTag(fn, i, reporting(fn));
    fn->tagged = true;
  }
  for (const Closure& c : closures_) {
    if (c.k.dst->escapes) {
      for (Var* v : c.fn->captures) a_.codegenHeapVars.insert(v);
    }
  }
  for (Location* loc : allLocs_) {
    if (loc->var) {
      a_.knownVars.insert(loc->var);
      if (loc->escapes) {
        a_.escapingVars.insert(loc->var);
        a_.codegenHeapVars.insert(loc->var);
        if (reporting(loc->curfn) && !loc->var->name.empty())
          warn(loc->var->pos, "moved to heap: " + loc->var->name);
      }
      continue;
    }
    if (!loc->site) continue;
    bool report = reporting(loc->curfn);
    if (loc->isConv) {
      // recorded below
    } else if (loc->isPtrLit) {
      if (!loc->escapes) a_.stackPtrLits.insert(loc->site);
    } else if (loc->isDDD) {
      auto* c = static_cast<const syntax::CallExpr*>(loc->site);
      (loc->escapes ? a_.escapingDDD : a_.stackDDD).insert(c);
    } else {
      (loc->escapes ? a_.escapingSites : a_.stackSites).insert(loc->site);
    }
    if (report)
      warn(loc->pos, loc->text + (loc->escapes ? " escapes to heap" : " does not escape"));
  }
  for (auto& [e, loc] : convSites_) (loc->escapes ? a_.escapingConvs : a_.stackConvs).insert(e);
}

}  // namespace minigo::escape
